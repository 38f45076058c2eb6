package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.notification.delivery.AcknowledgeLinks;
import dev.tandem.notification.delivery.DeliveryProperties;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** An e-mail's acknowledge link, opened by someone who is not signed in. */
@TandemIntegrationTest
@RecordApplicationEvents
class AcknowledgeLinkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifications notifications;

    @Autowired
    AcknowledgeLinks links;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    NotifyingFixture fixture;
    Notification notification;

    @BeforeEach
    void postOne() {
        fixture = new NotifyingFixture(context);
        var title = "Guard the conveyor " + UUID.randomUUID();
        var action = fixture.action("manager", title);
        var announcement = new Announcement(
                NotificationKinds.ACTION_TO_VERIFY.key(), ActionSubjects.link(action), "", List.of(title));
        notification =
                notifications.post(announcement, Set.of(RecipientRole.OWNER)).get(0);
    }

    @Test
    void theLinkShowsTheNotificationWithoutSigningInAndItsButtonAcknowledgesOnce() throws Exception {
        var path = path(links.link(notification.id(), notification.recipientPersonId(), Locale.ENGLISH, Instant.now()));

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(notification.title())))
                .andExpect(content().string(containsString(">Acknowledge</button>")));
        assertThat(acknowledgedBy())
                .as("opening the link alone acknowledges nothing")
                .isNull();

        mvc.perform(post(path).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Acknowledged.")));
        mvc.perform(post(path).with(csrf())).andExpect(status().isOk());

        assertThat(acknowledgedBy()).isEqualTo(notification.recipientPersonId());
        assertThat(events.stream(NotificationAcknowledged.class)
                        .filter(event -> event.notificationId().equals(notification.id())))
                .singleElement()
                .satisfies(event -> assertThat(event.byPersonId()).isEqualTo(notification.recipientPersonId()));
    }

    @Test
    void theLinkSpeaksTheRecipientsLanguage() throws Exception {
        var link = links.link(
                notification.id(), notification.recipientPersonId(), Locale.forLanguageTag("ru"), Instant.now());

        mvc.perform(get(path(link))).andExpect(content().string(containsString(">Подтвердить</button>")));
    }

    @Test
    void anAlteredLinkIsRefusedWithAClearPageAndAcknowledgesNothing() throws Exception {
        var path = path(links.link(notification.id(), notification.recipientPersonId(), Locale.ENGLISH, Instant.now()));
        var token = path.substring(AcknowledgeLinks.PATH.length(), path.indexOf('?'));
        var last = token.charAt(token.length() - 1);
        var altered = AcknowledgeLinks.PATH + token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        // every spelling of the last character but the one sent, some of which decode to the same signature bytes
        var respelled = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                .chars()
                .filter(c -> c != last)
                .mapToObj(c -> AcknowledgeLinks.PATH + token.substring(0, token.length() - 1) + (char) c)
                .toList();
        var otherPerson = path(links.link(notification.id(), fixture.person("hse"), Locale.ENGLISH, Instant.now()));

        for (var refused :
                List.of(altered, otherPerson, AcknowledgeLinks.PATH + "garbage", AcknowledgeLinks.PATH + "a.b")) {
            mvc.perform(get(refused))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("This link is not valid")))
                    .andExpect(content().string(not(containsString(notification.title()))));
            mvc.perform(post(refused).with(csrf())).andExpect(status().isNotFound());
        }
        for (var refused : respelled) {
            mvc.perform(post(refused).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(acknowledgedBy()).isNull();
    }

    @Test
    void anExpiredLinkSaysSoAndAcknowledgesNothing() throws Exception {
        var madeAt = Instant.now().minus(properties.linkValidity()).minusSeconds(60);
        var path = path(links.link(notification.id(), notification.recipientPersonId(), Locale.ENGLISH, madeAt));

        mvc.perform(get(path))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
        mvc.perform(post(path).with(csrf())).andExpect(status().isGone());
        assertThat(acknowledgedBy()).isNull();
    }

    private UUID acknowledgedBy() {
        return jdbc.sql("select acknowledged_by from notification where id = :id")
                .param("id", notification.id())
                .query((row, number) -> row.getObject(1, UUID.class))
                .list()
                .get(0);
    }

    private String path(String link) {
        return link.substring(
                properties.baseUrl().toString().replaceAll("/+$", "").length());
    }
}

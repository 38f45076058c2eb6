package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.shared.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The one way to notify, through the module's API: who hears of a record, in which words, once, and acknowledging. */
@TandemIntegrationTest
@RecordApplicationEvents
class NotificationIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    NotifyingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new NotifyingFixture(context);
    }

    @Test
    void anAnnouncementReachesEachHolderOfTheRolesOnceWithTheTextAndALinkToTheRecord() {
        var action = fixture.action("contractor1.worker", "Fence the pit");
        var announcement = toVerify(action, "Fence the pit");

        var posted = notifications.post(announcement, Set.of(RecipientRole.OWNER, RecipientRole.CONTRACTOR_SUPERVISOR));

        assertThat(posted)
                .extracting(Notification::recipientPersonId)
                .containsExactlyInAnyOrder(fixture.person("contractor1.worker"), fixture.person("contractor1"));
        assertThat(posted).allSatisfy(notification -> {
            assertThat(notification.record().path()).isEqualTo("/actions/" + action);
            assertThat(notification.severity()).isEqualTo(Severity.ACTION_NEEDED);
            assertThat(notification.title()).contains("Fence the pit");
        });
        assertThat(events.stream(NotificationsPosted.class)
                        .filter(published -> published.notifications().containsAll(posted)))
                .as("one event for the whole announcement")
                .hasSize(1);
        assertThat(notifications.post(announcement, Set.of(RecipientRole.OWNER, RecipientRole.CONTRACTOR_SUPERVISOR)))
                .as("the same announcement again")
                .isEmpty();
    }

    @Test
    void oneAnnouncementIsStoredForEachInTheirOwnLanguageAndPostedAgainStoresOnlyThoseNotToldYet() {
        var action = fixture.action("contractor1.worker", "Fence the pit");
        var announcement = toVerify(action, "Fence the pit");
        var chosen = languages("contractor1", "contractor1.worker");
        try {
            choose("contractor1", "ru");
            choose("contractor1.worker", "en");

            var owner = notifications.post(announcement, Set.of(RecipientRole.OWNER));
            var both =
                    notifications.post(announcement, Set.of(RecipientRole.OWNER, RecipientRole.CONTRACTOR_SUPERVISOR));

            assertThat(owner).singleElement().satisfies(notification -> {
                assertThat(notification.recipientPersonId()).isEqualTo(fixture.person("contractor1.worker"));
                assertThat(notification.language()).isEqualTo(Locale.ENGLISH);
            });
            assertThat(both)
                    .as("posted again after the rule named one more: only the one not told yet")
                    .singleElement()
                    .satisfies(notification -> {
                        assertThat(notification.recipientPersonId()).isEqualTo(fixture.person("contractor1"));
                        assertThat(notification.language()).isEqualTo(Locale.forLanguageTag("ru"));
                        assertThat(notification.title())
                                .contains("Fence the pit")
                                .isNotEqualTo(owner.get(0).title());
                    });
            assertThat(jdbc.sql(
                                    "select language, title, body from notification where record_id = :action and kind = :kind")
                            .param("action", action)
                            .param("kind", announcement.kind())
                            .query((row, number) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
                            .list())
                    .as("as stored, each in its reader's language")
                    .containsExactlyInAnyOrder(
                            List.of("en", owner.get(0).title(), owner.get(0).text()),
                            List.of("ru", both.get(0).title(), both.get(0).text()));
        } finally {
            chosen.forEach((username, language) -> choose(username, language));
        }
    }

    @Test
    void nobodyHearsOfARecordTheyMayNotReadWhateverTheRuleNamesThem() {
        var contractorsArea = fixture.areaOwnedBy("contractor2");
        var workersArea = fixture.areaOwnedBy("worker");
        var managersArea = fixture.areaOwnedBy("manager");

        assertThat(areaManagersTold(fixture.event("contractor1.worker", contractorsArea)))
                .as("another contractor's supervisor owns the area")
                .isEmpty();
        assertThat(areaManagersTold(fixture.event("contractor1.worker", workersArea)))
                .as("a worker reads only their own reports")
                .isEmpty();
        assertThat(areaManagersTold(fixture.event("contractor1.worker", managersArea)))
                .containsExactly(fixture.person("manager"));
    }

    @Test
    void onlyTheRecipientAcknowledgesAndTheFirstAcknowledgementIsKept() {
        var action = fixture.action("worker", "Replace the handrail");
        var posted = notifications.post(
                new Announcement(
                        NotificationKinds.ACTION_OVERDUE.key(),
                        ActionSubjects.link(action),
                        "test",
                        List.of("Replace the handrail", "2026-01-01")),
                Set.of(RecipientRole.OWNER));
        var id = posted.get(0).id();

        assertThatThrownBy(() -> notifications.acknowledge(id, fixture.viewer("manager")))
                .isInstanceOf(NotFoundException.class);
        notifications.acknowledge(id, fixture.viewer("worker"));
        notifications.acknowledge(id, fixture.person("worker"));

        assertThat(events.stream(NotificationAcknowledged.class))
                .singleElement()
                .satisfies(acknowledged -> {
                    assertThat(acknowledged.notificationId()).isEqualTo(id);
                    assertThat(acknowledged.byPersonId()).isEqualTo(fixture.person("worker"));
                    assertThat(acknowledged.record()).isEqualTo(ActionSubjects.link(action));
                });
    }

    private static Announcement toVerify(UUID action, String title) {
        return new Announcement(
                NotificationKinds.ACTION_TO_VERIFY.key(), ActionSubjects.link(action), "test", List.of(title));
    }

    private Map<String, String> languages(String... usernames) {
        var languages = new HashMap<String, String>();
        for (var username : usernames) {
            languages.put(
                    username,
                    jdbc.sql("select language from user_account where username = :username")
                            .param("username", username)
                            .query((row, number) -> row.getString(1))
                            .list()
                            .get(0));
        }
        return languages;
    }

    private void choose(String username, String language) {
        jdbc.sql("update user_account set language = :language where username = :username")
                .param("language", language)
                .param("username", username)
                .update();
    }

    private List<UUID> areaManagersTold(UUID event) {
        return notifications
                .post(
                        new Announcement(
                                NotificationKinds.EVENT_REPORTED.key(),
                                EventSubjects.link(event),
                                "test",
                                List.of("message:event.type.HAZARD", "Test area", "Oil on the walkway")),
                        Set.of(RecipientRole.AREA_MANAGER))
                .stream()
                .map(Notification::recipientPersonId)
                .toList();
    }
}

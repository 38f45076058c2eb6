package dev.tandem.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.ContractorFixture;
import dev.tandem.contractor.EngagementScene;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A meeting is held in the language chosen when it was opened, and its minutes are written in it whoever reads them;
 * once it is closed, everyone on its list of attendees who signs in hears of its minutes once, and nobody else does.
 */
@TandemIntegrationTest
class MeetingMinutesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    EngagementScene scene;
    UUID engagement;
    String supervisor;
    UUID supervisorPerson;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        scene = new EngagementScene(fixture, context);
        engagement = scene.activeEngagement();
        supervisor = scene.contractor.supervisor();
        supervisorPerson = fixture.logins.viewer(supervisor).personId();
    }

    @Test
    void theMinutesAreInTheMeetingsLanguageForAReaderOfTheOther() throws Exception {
        var russian = heldMeeting("ru");
        assertThat(minutes(russian, Locale.ENGLISH))
                .contains("Протокол", "Леса у печи 3")
                .doesNotContain("Minutes");
        var english = heldMeeting("en");
        assertThat(minutes(english, Locale.forLanguageTag("ru")))
                .contains("Minutes", "Леса у печи 3")
                .doesNotContain("Протокол");
        fixture.call(supervisor, get("/api/v1/meetings/{id}", english), null)
                .andExpect(jsonPath("$.language").value("en"));
    }

    @Test
    void eachAttendeeWithAnAccountHearsOfTheMinutesOnceAndNobodyElseDoes() throws Exception {
        var other = fixture.contractor("Bystander");
        var meeting = heldMeeting("en");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(minutesNotices(scene.mentor, meeting)).hasSize(1);
            assertThat(minutesNotices(supervisor, meeting)).hasSize(1).allSatisfy(path -> assertThat(path)
                    .isEqualTo("/meetings/" + meeting + "/minutes.pdf"));
        });
        assertThat(minutesNotices("hse", meeting)).isEmpty();
        assertThat(minutesNotices(other.supervisor(), meeting)).isEmpty();
        var stored = context.getBean(JdbcClient.class)
                .sql("select count(*) from notification where kind = 'meeting.minutes' and record_id = :id")
                .param("id", meeting)
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void aLanguageOtherThanEnglishOrRussianIsRefusedAndOpensNothing() throws Exception {
        var id = UUID.randomUUID();
        open(id, "de").andExpect(status().isBadRequest());
        fixture.call("hse", get("/api/v1/meetings/{id}", id), null).andExpect(status().isNotFound());
    }

    /**
     * A meeting on the engagement's first day (10:00 on the site's clock), held in the language: the mentor and the
     * supervisor came, an item was discussed. Not "now": from 19:00 to 21:00 UTC the enterprise's day (Yekaterinburg),
     * on which the engagement starts, is a day ahead of the Moscow site's.
     */
    private UUID heldMeeting(String language) throws Exception {
        var id = UUID.randomUUID();
        open(id, language).andExpect(status().isCreated());
        attend(id, scene.mentorPerson);
        attend(id, supervisorPerson);
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/items", id), "{'title':'Леса у печи 3'}")
                .andExpect(status().isOk());
        for (var person : List.of(scene.mentorPerson, supervisorPerson)) {
            fixture.call(
                            scene.mentor,
                            multipart("/api/v1/meetings/{id}/attendees/{person}/signature", id, person)
                                    .file(new MockMultipartFile(
                                            "signature", "signature.png", "image/png", MeetingScene.signature())),
                            null)
                    .andExpect(status().isOk());
        }
        fixture.call(scene.mentor, post("/api/v1/meetings/{id}/close", id), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"));
        return id;
    }

    private ResultActions open(UUID id, String language) throws Exception {
        return fixture.call(
                scene.mentor,
                post("/api/v1/meetings"),
                "{'id':'%s','engagementId':'%s','heldAt':'%s','language':'%s'}"
                        .formatted(id, engagement, MeetingScene.heldAt(scene.today), language));
    }

    private void attend(UUID meeting, UUID person) throws Exception {
        fixture.call(
                        scene.mentor,
                        post("/api/v1/meetings/{id}/attendees", meeting),
                        "{'personId':'%s','present':true}".formatted(person))
                .andExpect(status().isOk());
    }

    private String minutes(UUID meeting, Locale reader) throws Exception {
        var pdf = fixture.call(
                        supervisor,
                        get("/api/v1/meetings/{id}/minutes.pdf", meeting).locale(reader),
                        null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The paths of the user's notifications of the meeting's minutes. */
    private List<String> minutesNotices(String username, UUID meeting) throws Exception {
        var inbox = fixture.call(
                        username,
                        get("/api/v1/notifications")
                                .param("kind", "meeting.minutes")
                                .param("size", "100"),
                        null)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(
                inbox, "$.items[?(@.kind == 'meeting.minutes' && @.recordId == '" + meeting + "')].recordPath");
    }
}

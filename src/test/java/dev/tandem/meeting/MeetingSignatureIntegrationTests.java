package dev.tandem.meeting;

import static dev.tandem.meeting.MeetingScene.body;
import static dev.tandem.meeting.MeetingScene.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.contractor.ContractorFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each present attendee signs a meeting's record on the phone of whoever holds it: the record closes only once every
 * present attendee has signed; an attendee marked absent is unsigned again; the signatures show on the meeting's page
 * and in its minutes. Signing is refused to everyone but the meeting's holders, and another contractor is told nothing.
 */
@TandemIntegrationTest
class MeetingSignatureIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContractorFixture fixture;
    MeetingScene meetings;
    UUID mentorPerson;
    String mentor;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ContractorFixture(mvc, context);
        meetings = new MeetingScene(fixture, context);
        mentor = meetings.scene.mentor;
        mentorPerson = meetings.scene.mentorPerson;
    }

    @Test
    void everyPresentAttendeeSignsBeforeTheRecordClosesAndTheSignaturesShowOnThePageAndInTheMinutes() throws Exception {
        var meeting = meetings.open(meetings.today.minusDays(2));
        var supervisor = meetings.supervisorPerson;
        var absent = meetings.scene.unqualifiedPerson;
        meetings.attend(meeting, mentorPerson, true, mentor).andExpect(status().isOk());
        meetings.attend(meeting, supervisor, true, mentor).andExpect(status().isOk());
        meetings.attend(meeting, absent, false, mentor).andExpect(status().isOk());

        meetings.sign(meeting, absent, mentor, signature())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        meetings.sign(meeting, supervisor, mentor, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signature"));
        meetings.sign(meeting, supervisor, mentor, "not a picture".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signature"));
        meetings.sign(meeting, mentorPerson, mentor, signature())
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.attendees[?(@.personId == '" + mentorPerson + "')].signedAt", not(hasItem((Object) null))));
        close(meeting)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signatures"));

        meetings.sign(meeting, supervisor, mentor, signature()).andExpect(status().isOk());
        meetings.attend(meeting, supervisor, false, mentor).andExpect(status().isOk());
        meetings.attend(meeting, supervisor, true, mentor)
                .andExpect(jsonPath(
                        "$.attendees[?(@.personId == '" + supervisor + "')].signatureId", hasItem((Object) null)));
        close(meeting).andExpect(status().isBadRequest());
        mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as(mentor)))
                .andExpect(content().string(containsString("data-sign")))
                .andExpect(content().string(containsString("data-signature-pad")));

        var signed =
                body(meetings.sign(meeting, supervisor, mentor, signature()).andExpect(status().isOk()));
        close(meeting).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
        var picture = JsonPath.<List<String>>read(
                        signed, "$.attendees[?(@.personId == '" + supervisor + "')].signatureId")
                .get(0);
        fixture.call(meetings.supervisor, get("/api/v1/meetings/{id}/signatures/{s}", meeting, picture), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/meetings/{id}", meeting).with(fixture.logins.as(meetings.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-signed")))
                .andExpect(content().string(containsString("/signatures/" + picture)));
        fixture.call("hse", get("/api/v1/meetings/{id}/history", meeting), null)
                .andExpect(jsonPath("$[*].changes.['attendees[1].signedAt']").isNotEmpty());

        var pdf = fixture.call(meetings.supervisor, get("/api/v1/meetings/{id}/minutes.pdf", meeting), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Signed");
            var resources = document.getPage(0).getResources();
            var pictures = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    pictures++;
                }
            }
            assertThat(pictures).as("signatures drawn in the minutes").isEqualTo(2);
        }
    }

    /** Signing over the API and on the page: refused to the wrong role (403), to another contractor (404), nothing kept. */
    @Test
    void noSignatureIsTakenFromTheWrongRoleOrAnotherContractor() throws Exception {
        var meeting = meetings.open(meetings.today.minusDays(1));
        meetings.attend(meeting, meetings.supervisorPerson, true, mentor).andExpect(status().isOk());
        var before = body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null));
        var other = fixture.contractor("Signs elsewhere").supervisor();

        for (var user : List.of(meetings.supervisor, "manager", "worker", "director")) {
            meetings.sign(meeting, meetings.supervisorPerson, user, signature()).andExpect(status().isForbidden());
            page(meeting, user)
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as("the page's signature by %s", user)
                            .isIn(403, 404));
        }
        meetings.sign(meeting, meetings.supervisorPerson, other, signature()).andExpect(status().isNotFound());
        page(meeting, other).andExpect(status().isNotFound());

        assertThat(body(fixture.call("hse", get("/api/v1/meetings/{id}", meeting), null)))
                .isEqualTo(before);
        assertThat(context.getBean(JdbcClient.class)
                        .sql("select count(*) from meeting_signature where meeting_id = :id")
                        .param("id", meeting)
                        .query(Long.class)
                        .single())
                .isZero();

        var signed = body(meetings.sign(meeting, meetings.supervisorPerson, mentor, signature()));
        var picture = JsonPath.<String>read(signed, "$.attendees[0].signatureId");
        fixture.call(other, get("/api/v1/meetings/{id}/signatures/{s}", meeting, picture), null)
                .andExpect(status().isNotFound());
        fixture.call("worker", get("/api/v1/meetings/{id}/signatures/{s}", meeting, picture), null)
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions close(UUID meeting) throws Exception {
        return fixture.call(mentor, post("/api/v1/meetings/{id}/close", meeting), null);
    }

    private org.springframework.test.web.servlet.ResultActions page(UUID meeting, String user) throws Exception {
        return mvc.perform(multipart("/meetings/{id}/attendees/{person}/signature", meeting, meetings.supervisorPerson)
                .file(new MockMultipartFile("signature", "signature.png", "image/png", signature()))
                .with(fixture.logins.as(user))
                .with(csrf()));
    }
}

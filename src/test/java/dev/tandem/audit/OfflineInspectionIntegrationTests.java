package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An inspection done on a phone without network, sent from the phone's outbox: stored whole once however often it
 * is sent (its answers, photo, finding and the finding's action), refused whole naming the question when it lacks what
 * its answers require, never started by IT, and never read back by another contractor under the same id.
 */
@TandemIntegrationTest
class OfflineInspectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    UUID template;
    UUID site;

    @BeforeEach
    void setUp() {
        var fixture = new InspectionFixture(mvc, context, jdbc);
        logins = fixture.logins;
        template = fixture.template;
        site = fixture.site;
    }

    @Test
    void aFinishedInspectionIsStoredOnceWithItsPhotoFindingAndAction() throws Exception {
        var id = UUID.randomUUID();
        var owner = logins.viewer("manager").personId();

        send("manager", failedLatches(id, owner), true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        send("manager", failedLatches(id, owner), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));

        assertThat(count("select count(*) from audit_inspection where id = :id and status = 'COMPLETED'", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_inspection_finding where audit_inspection = :id", id))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from corrective_action where source_type = 'INSPECTION' and source_id = :id",
                        id))
                .as("the finding's action, raised once")
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_inspection_photo where inspection_id = :id", id))
                .isEqualTo(1);
        assertThat(jdbc.sql("select percentage from audit_inspection where id = :id")
                        .param("id", id)
                        .query(java.math.BigDecimal.class)
                        .single())
                .as("latches failed (0 of 3 points), the other questions carry no score")
                .isEqualByComparingTo("0");
    }

    @Test
    void oneThatLacksWhatItsAnswersRequireIsRefusedNamingTheQuestionAndNothingIsWritten() throws Exception {
        var id = UUID.randomUUID();

        send("manager", failedLatches(id, logins.viewer("manager").personId()), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.latches"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Are the safety latches of every hook in place and closing by themselves?: this answer"
                                + " requires a photo."));
        var outside =
                """
                {"id": "%s", "templateId": "%s", "siteId": "%s", "answers": {"latches": "yes", "load": "60"}}"""
                        .formatted(id, template, site);
        send("manager", outside, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.load"));
        send("manager", "{not json", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The inspection sent from the phone cannot be read."));

        assertThat(count("select count(*) from audit_inspection where id = :id", id))
                .isZero();
        assertThat(count("select count(*) from corrective_action where source_id = :id", id))
                .isZero();
    }

    @Test
    void itIsNotForITAndAnotherContractorNeverReadsItBackUnderItsId() throws Exception {
        mvc.perform(get("/audit/field").with(logins.as("admin"))).andExpect(status().isForbidden());
        send("admin", failedLatches(UUID.randomUUID(), logins.viewer("manager").personId()), true)
                .andExpect(status().isForbidden());

        var id = UUID.randomUUID();
        var worker = logins.viewer("contractor1.worker");
        send("contractor1.worker", failedLatches(id, worker.personId()), true).andExpect(status().isCreated());
        assertThat(jdbc.sql("select organisation_id from audit_inspection where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single())
                .as("a contractor's people inspect their own work")
                .isEqualTo(worker.organisationId());

        send("contractor2", failedLatches(id, logins.viewer("contractor2").personId()), true)
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString(id.toString() + "\",\"status"))));
        var intruded = UUID.randomUUID();
        var other =
                """
                {"id": "%s", "templateId": "%s", "siteId": "%s", "organisationId": "%s",
                 "answers": {"latches": "yes", "load": "1"}}"""
                        .formatted(intruded, template, site, worker.organisationId());
        send("contractor2", other, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(count("select count(*) from audit_inspection where id = :id", intruded))
                .isZero();
    }

    @Test
    void itKeepsTheDayItWasDoneOnThePhoneAndRefusesADayThatHasNotCome() throws Exception {
        var owner = logins.viewer("manager").personId();
        var weekAgo = LocalDate.now(ZoneOffset.UTC).minusDays(7);
        var done = UUID.randomUUID();
        send("manager", onDay(failedLatches(done, owner), weekAgo), true).andExpect(status().isCreated());
        assertThat(jdbc.sql("select conducted_on from audit_inspection where id = :id")
                        .param("id", done)
                        .query(LocalDate.class)
                        .single())
                .as("the day it was done, not the day the network returned")
                .isEqualTo(weekAgo);

        var ahead = UUID.randomUUID();
        send("manager", onDay(failedLatches(ahead, owner), weekAgo.plusDays(14)), true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("conductedOn"));
        assertThat(count("select count(*) from audit_inspection where id = :id", ahead))
                .isZero();
        assertThat(count("select count(*) from corrective_action where source_id = :id", ahead))
                .isZero();
    }

    private static String onDay(String inspection, LocalDate day) {
        return inspection.replace("\"conductedBy\"", "\"conductedOn\": \"" + day + "\", \"conductedBy\"");
    }

    @Test
    void thePageCarriesThePublishedChecklistsForThePhoneToKeep() throws Exception {
        mvc.perform(get("/audit/field").with(logins.as("contractor1.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(template.toString())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("requireActionWhen")));
    }

    @Test
    void aJointInspectionArrivesSignedForTheContractorAndIsCompletedWhenThePlantSignsOnItsOwnSignIn() throws Exception {
        var area = jdbc.sql(
                        """
                        select id from area where site_id = :site and owner_id is not null and voided_at is null
                        order by code limit 1""")
                .param("site", site)
                .query(UUID.class)
                .single();
        var unsigned = UUID.randomUUID();
        var joint = passed(unsigned, "JOINT", null).replace("\"siteId\"", "\"areaId\": \"" + area + "\", \"siteId\"");
        send("contractor1", joint, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signature"));
        assertThat(count("select count(*) from audit_inspection where id = :id", unsigned))
                .isZero();
        send("contractor1.worker", joint, false, "signature").andExpect(status().isForbidden());

        var id = UUID.randomUUID();
        send("contractor1", joint.replace(unsigned.toString(), id.toString()), false, "signature")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        assertThat(jdbc.sql("select kind || ' ' || (contractor_signature_id is not null) || ' '"
                                + " || (owner_signature_id is null) from audit_inspection where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("signed for the contractor on the phone, waiting for the plant's side")
                .isEqualTo("JOINT true true");
        var api = new ChecklistCalls(mvc, jdbc, logins);
        api.call("contractor2", get("/api/v1/inspections/" + id), null).andExpect(status().isNotFound());
        api.sign("hse", id.toString()).andExpect(status().isOk());
        api.complete("contractor1", id.toString())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void theSafetyDepartmentAuditsAContractorOnThePhoneNamingTheContractor() throws Exception {
        var contractor = logins.viewer("contractor1").organisationId();
        var nameless = UUID.randomUUID();
        send("hse", passed(nameless, "CONTRACTOR_AUDIT", null), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(count("select count(*) from audit_inspection where id = :id", nameless))
                .isZero();
        send("manager", passed(UUID.randomUUID(), "CONTRACTOR_AUDIT", contractor), false)
                .andExpect(status().isForbidden());
        send("contractor1", passed(UUID.randomUUID(), "CONTRACTOR_AUDIT", contractor), false)
                .andExpect(status().isForbidden());

        var id = UUID.randomUUID();
        send("hse", passed(id, "CONTRACTOR_AUDIT", contractor), false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(jdbc.sql("select kind || ' ' || organisation_id from audit_inspection where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("CONTRACTOR_AUDIT " + contractor);
        new ChecklistCalls(mvc, jdbc, logins)
                .call("contractor2", get("/api/v1/inspections/" + id), null)
                .andExpect(status().isNotFound());
    }

    /** Every answer passing, of the given kind, for the given contractor. */
    private String passed(UUID id, String kind, UUID organisation) {
        return """
                {"id": "%s", "templateId": "%s", "siteId": "%s", "kind": "%s", %s"conductedBy": "On the phone",
                 "answers": {"latches": "yes", "load": "3"}}"""
                .formatted(
                        id,
                        template,
                        site,
                        kind,
                        organisation == null ? "" : "\"organisationId\": \"" + organisation + "\", ");
    }

    /** Latches failed with a note, a finding whose action the given person owns and, when asked, their photo. */
    private String failedLatches(UUID id, UUID owner) {
        return """
                {"id": "%s", "templateId": "%s", "siteId": "%s", "conductedBy": "On the phone",
                 "answers": {"latches": "no", "load": "3"}, "notes": {"latches": "Latch of hook 2 bent"},
                 "findings": [{"question": "latches", "note": "Latch of hook 2 bent", "title": "Replace the latch",
                               "ownerPersonId": "%s"}]}"""
                .formatted(id, template, site, owner);
    }

    private ResultActions send(String username, String inspection, boolean withPhoto, String... signatures)
            throws Exception {
        var request = multipart("/audit/field").param("inspection", inspection);
        if (withPhoto) {
            request.file(
                    new MockMultipartFile("photo.latches", "photo.latches.jpg", "image/png", ChecklistCalls.png()));
        }
        for (var signature : signatures) {
            request.file(new MockMultipartFile(signature, signature + ".png", "image/png", ChecklistCalls.png()));
        }
        return mvc.perform(request.with(csrf()).with(logins.as(username)).accept(MediaType.APPLICATION_JSON));
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}

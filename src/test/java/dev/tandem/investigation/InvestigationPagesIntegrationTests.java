package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages: a downtime's "Investigate" opens the form with the downtime on it, the investigation's page shows the
 * machine's state changes around it, and a fact is added with its evidence, all or nothing; the triggers are in view
 * of the owner's managers and saved by the safety department only.
 */
@TandemIntegrationTest
class InvestigationPagesIntegrationTests {

    /** The smallest PNG there is: one transparent pixel. */
    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    InvestigationFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new InvestigationFixture(mvc, context);
    }

    @Test
    void aDowntimeIsInvestigatedFromItsPageAndAFactIsAddedWithItsEvidenceAllOrNothing() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var machine = fixture.machine();
        var downtime =
                fixture.downtime(machine, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), "PROCESS");
        var code = "DOWNTIME:" + downtime;

        assertThat(fixture.page("/equipment/downtimes?equipmentId=" + machine, "manager"))
                .contains("/investigations/new?record=" + code);
        assertThat(fixture.page("/equipment/downtimes?equipmentId=" + machine, "contractor1"))
                .doesNotContain("data-investigate");
        assertThat(fixture.page("/investigations/new?record=" + code, "manager"))
                .contains("Test pump", "Process");
        mvc.perform(get("/investigations/new?record=" + code).with(fixture.logins.as("contractor1")))
                .andExpect(status().isForbidden());

        var opened = mvc.perform(post("/investigations")
                        .with(csrf())
                        .with(fixture.logins.as("manager"))
                        .param("newId", UUID.randomUUID().toString())
                        .param("records", code)
                        .param("title", "Why the pump tripped on the process")
                        .param(
                                "leaderPersonId",
                                fixture.logins.viewer("manager").personId().toString())
                        .param("dueDate", LocalDate.now().plusDays(14).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/investigations/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(opened.substring(opened.lastIndexOf('/') + 1));
        assertThat(fixture.page(opened, "manager"))
                .contains("Why the pump tripped on the process", "Dispatch data", "Down", "Running", "data-add-fact");

        var zone = ZoneId.of(fixture.jdbc
                .sql("select s.time_zone from site s join investigation i on i.site_id = s.id" + " where i.id = :id")
                .param("id", id)
                .query(String.class)
                .single());
        var when = LocalDateTime.ofInstant(now.minus(Duration.ofMinutes(190)), zone)
                .truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(multipart("/investigations/" + id + "/facts")
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", "not evidence".getBytes()))
                        .param("version", String.valueOf(fixture.version(id)))
                        .param("happenedAt", when.toString())
                        .param("what", "Feed pressure fell to 2 bar")
                        .with(csrf())
                        .with(fixture.logins.as("manager")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("stepRefused"));
        assertThat(facts(id)).isZero();

        mvc.perform(multipart("/investigations/" + id + "/facts")
                        .file(new MockMultipartFile("files", "gauge.png", "image/png", PIXEL))
                        .param("version", String.valueOf(fixture.version(id)))
                        .param("happenedAt", when.toString())
                        .param("what", "Feed pressure fell to 2 bar")
                        .param("source", "Operator's log")
                        .with(csrf())
                        .with(fixture.logins.as("manager")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));
        assertThat(facts(id)).isOne();
        var detail = fixture.page("/investigations/" + id, "manager");
        assertThat(detail).contains("Feed pressure fell to 2 bar", "Operator&#39;s log", "data-evidence");
        var evidence = detail.substring(detail.indexOf("/investigations/" + id + "/facts/"));
        evidence = evidence.substring(0, evidence.indexOf('"'));
        mvc.perform(get(evidence).with(fixture.logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get(evidence).with(fixture.logins.as("contractor1"))).andExpect(status().isNotFound());
        assertThat(fixture.page("/investigations/" + id, "hse")).contains("Fact 1: what happened");
    }

    @Test
    void theTriggersAreReadByTheOwnersManagersAndSavedByTheSafetyDepartmentOnly() throws Exception {
        assertThat(fixture.page("/investigations/triggers", "manager")).contains("Repeated downtime", "disabled");
        mvc.perform(get("/investigations/triggers").with(fixture.logins.as("contractor1")))
                .andExpect(status().isForbidden());
        var version = fixture.jdbc
                .sql("select version from investigation_trigger where code = 'SIF_POTENTIAL'")
                .query(Long.class)
                .single();
        mvc.perform(post("/investigations/triggers/SIF_POTENTIAL")
                        .with(csrf())
                        .with(fixture.logins.as("manager"))
                        .param("version", String.valueOf(version))
                        .param("inForce", "true")
                        .param("dueDays", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/investigations/triggers/SIF_POTENTIAL")
                        .with(csrf())
                        .with(fixture.logins.as("hse"))
                        .param("version", String.valueOf(version))
                        .param("inForce", "true")
                        .param("required", "true")
                        .param("dueDays", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("stepRefused"));
        mvc.perform(post("/investigations/triggers/SIF_POTENTIAL")
                        .with(csrf())
                        .with(fixture.logins.as("hse"))
                        .param("version", String.valueOf(version))
                        .param("inForce", "true")
                        .param("required", "true")
                        .param("dueDays", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/investigations/triggers?saved*"));
        assertThat(fixture.page("/investigations", "contractor2")).doesNotContain("data-investigation");
        assertThat(fixture.page("/investigations/pareto?from=2026-01&to=2026-12", "director"))
                .contains("data-downtime-pareto", "data-root-cause-pareto");
        for (var contractor : List.of("contractor1", "contractor1.worker", "contractor2")) {
            mvc.perform(get("/investigations/pareto").with(fixture.logins.as(contractor)))
                    .andExpect(status().isForbidden());
        }
    }

    /**
     * A pump down three times for a process upset in the last 90 days (5, 3 and 2 hours), its investigation's action
     * verified now, and once more down for a second after: 3 failures before, MTTR 10 h / 3 = 3.3 h, MTBF (2,160 h -
     * 10 h) / 3 = 716.7 h; 1 failure after so far.
     */
    @Test
    void didItWorkShowsTheFailuresBeforeAndAfterTheActionsWereVerifiedAsWorkedByHand() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var machine = fixture.machine();
        var downtimes = List.of(
                fixture.downtime(
                        machine,
                        now.minus(Duration.ofDays(60)),
                        now.minus(Duration.ofDays(60)).plus(Duration.ofHours(5)),
                        "PROCESS"),
                fixture.downtime(
                        machine,
                        now.minus(Duration.ofDays(40)),
                        now.minus(Duration.ofDays(40)).plus(Duration.ofHours(3)),
                        "PROCESS"),
                fixture.downtime(
                        machine,
                        now.minus(Duration.ofDays(20)),
                        now.minus(Duration.ofDays(20)).plus(Duration.ofHours(2)),
                        "PROCESS"));
        var id = UUID.randomUUID();
        fixture.call(
                        "manager",
                        post("/api/v1/investigations"),
                        fixture.opening(
                                id,
                                downtimes.stream()
                                        .map(InvestigationFixture::downtimeRecord)
                                        .toList(),
                                List.of(),
                                InvestigationFixture.dueIn20Days()))
                .andExpect(status().isCreated());
        assertThat(fixture.page("/investigations/" + id, "manager"))
                .contains("data-did-it-work", "Once every action raised on it is verified");

        var action = UUID.randomUUID();
        fixture.call(
                        "hse",
                        post("/api/v1/actions"),
                        """
                        {"id":"%s","title":"Retune the level control","sourceType":"INVESTIGATION","sourceId":"%s",
                         "ownerPersonId":"%s","dueDate":"%s"}"""
                                .formatted(
                                        action,
                                        id,
                                        fixture.logins.viewer("manager").personId(),
                                        LocalDate.now().plusDays(5)))
                .andExpect(status().isCreated());
        fixture.call("manager", post("/api/v1/actions/" + action + "/start").header("If-Match", "\"0\""), null)
                .andExpect(status().isOk());
        fixture.call(
                        "manager",
                        post("/api/v1/actions/" + action + "/complete").header("If-Match", "\"1\""),
                        "{\"note\":\"Retuned\"}")
                .andExpect(status().isOk());
        fixture.call("hse", post("/api/v1/actions/" + action + "/verify").header("If-Match", "\"2\""), null)
                .andExpect(status().isOk());
        Thread.sleep(2500);
        var after = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fixture.downtime(machine, after.minusSeconds(1), after, "PROCESS");

        var page = fixture.page("/investigations/" + id, "manager");
        var section = page.substring(page.indexOf("data-did-it-work"));
        assertThat(cell(section, "data-failures-before")).isEqualTo("3");
        assertThat(cell(section, "data-failures-after")).isEqualTo("1");
        assertThat(section).contains(">3.3<", ">716.7<", "After, so far");
        mvc.perform(get("/investigations/" + id).with(fixture.logins.as("contractor2")))
                .andExpect(status().isNotFound());
    }

    /** The text of the cell marked with the attribute. */
    private static String cell(String html, String attribute) {
        var from = html.indexOf('>', html.indexOf(attribute)) + 1;
        return html.substring(from, html.indexOf('<', from)).strip();
    }

    private long facts(UUID id) {
        return fixture.jdbc
                .sql("select count(*) from investigation_fact where investigation = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}

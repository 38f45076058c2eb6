package dev.tandem.event;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Precondition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An event's page names its reporter to those allowed to know, and a detector's warning names its signals. */
@TandemIntegrationTest
class EventReporterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventReporting reporting;

    @Autowired
    EventReview review;

    @Autowired
    EarlyWarnings warnings;

    Logins logins;
    UUID area;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
    }

    @Test
    void aDemoPersonsReportNamesThemInsteadOfSayingAnonymous() throws Exception {
        var event = jdbc.sql(
                        """
                        select e.id, p.full_name from safety_event e join person p on p.id = e.reporter_person_id
                        where e.reporter_id is null and e.type <> 'EARLY_WARNING' limit 1""")
                .query((rs, row) -> new String[] {rs.getString("id"), rs.getString("full_name")})
                .single();
        mvc.perform(get("/events/{id}", event[0]).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reported by " + event[1])))
                .andExpect(content().string(not(containsString("anonymous"))));
    }

    @Test
    void theReporterIsNamedToThePlantsPeopleInChargeAndTheirSupervisorButNotToAnotherContractor() throws Exception {
        var reporter = logins.viewer("contractor1.worker");
        var id = report("contractor1.worker");
        var named = "reported by " + reporter.displayName();
        for (var allowed : List.of("hse", "manager", "director", "admin", "contractor1", "contractor1.worker")) {
            mvc.perform(get("/events/{id}", id).with(logins.as(allowed)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(named)));
        }

        // an owner's worker reports on contractor2's work: contractor2 reads the event, not who reported it
        var onContractor2 = report("worker");
        reviseOntoContractor2(onContractor2);
        mvc.perform(get("/events/{id}", onContractor2).with(logins.as("contractor2")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-reporter"))))
                .andExpect(content().string(not(containsString("reported by"))));
    }

    @Test
    void theHistoryNamesTheReporterOnlyToThoseAllowedToKnow() throws Exception {
        var reporter = logins.viewer("contractor1.worker");
        var id = report("contractor1.worker");
        reviseOntoContractor2(id);

        mvc.perform(get("/events/{id}", id).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-history")))
                .andExpect(content().string(containsString(reporter.displayName() + "</span> ·")));
        mvc.perform(get("/events/{id}", id).with(logins.as("contractor2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-history")))
                .andExpect(content().string(not(containsString(reporter.displayName()))))
                .andExpect(
                        content().string(not(containsString(reporter.personId().toString()))))
                .andExpect(content().string(not(containsString("Reporter&#39;s organisation"))));
        mvc.perform(get("/api/v1/events/{id}/history", id).with(logins.as("contractor2")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reporter.displayName()))))
                .andExpect(content().string(not(containsString("reporterOrganisationId"))));
        mvc.perform(get("/api/v1/events/{id}/history", id).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reporter.displayName())))
                .andExpect(content().string(containsString("reporterOrganisationId")));
    }

    @Test
    void aDetectorsWarningNamesItsSignalsNotAnAnonymousReporter() throws Exception {
        var pump = jdbc.sql("select id, site_id, area_id from equipment where code = 'P-101'")
                .query((rs, row) -> new EarlyWarningDetected(
                        UUID.randomUUID(),
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("area_id", UUID.class),
                        Instant.now().minusSeconds(60),
                        "Discharge pressure falling",
                        List.of(new ContributingSignal("P-101.pressure", "pressure", "bar", 3.1, 0.7, 4.5, 6.5))))
                .single();
        var warning = warnings.raise(pump);
        mvc.perform(get("/events/{id}", warning.id()).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("raised by the signal detector on P-101.pressure")))
                .andExpect(content().string(not(containsString("anonymous"))));
    }

    /** HSE puts the event on contractor2's work: contractor2 reads it from then on. */
    private void reviseOntoContractor2(UUID id) {
        var event = reporting.event(id, logins.viewer("hse"));
        var revision = ReviseEvent.of(event);
        review.revise(
                id,
                Precondition.none(),
                new ReviseEvent(
                        revision.type(),
                        revision.occurredAt(),
                        revision.siteId(),
                        revision.areaId(),
                        logins.viewer("contractor2").organisationId(),
                        revision.involvedOrganisationIds(),
                        revision.description(),
                        false,
                        false,
                        null,
                        null,
                        List.of()),
                logins.viewer("hse"));
    }

    private UUID report(String username) {
        var report = new ReportEvent(
                UUID.randomUUID(),
                EventType.HAZARD,
                Instant.now().minusSeconds(600),
                null,
                area,
                "Loose handrail on the walkway",
                false);
        return reporting.report(report, null, logins.viewer(username)).record().id();
    }
}

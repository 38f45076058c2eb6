package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterPerson;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Expiry reminders: 30 days before and on expiry, once each, to the person, their line manager (the manager of the area
 * they work in) and their contractor's supervisors; none for a pass a later one renews.
 */
@TandemIntegrationTest
class TrainingRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrainingReminders reminders;

    @Autowired
    Clock clock;

    @Autowired
    PlantStructure plant;

    @Autowired
    OrganisationRegister register;

    TrainingFixture training;
    LocalDate today;

    @BeforeEach
    void setUp() {
        training = new TrainingFixture(mvc, jdbc, new Logins(context));
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void theWorkerAndTheirSupervisorHearOnceOfTrainingExpiringAndOfTrainingExpired() throws Exception {
        var competence = training.competence(12);
        var worker = training.person("contractor1.worker");
        var expiring = given(worker, competence, daysAgo(300), today.plusDays(12));
        var expired = given(worker, competence, daysAgo(400), today.minusDays(2));

        var first = reminders.remind(clock);
        assertThat(first.expiring()).contains(UUID.fromString(expiring)).doesNotContain(UUID.fromString(expired));
        assertThat(first.expired()).as("renewed by the expiring one").doesNotContain(UUID.fromString(expired));
        awaitNotified(expiring, "training.expiring", List.of("contractor1.worker", "contractor1"));
        assertThat(notified(expiring, "training.expiring", "contractor2")).isZero();

        var again = reminders.remind(clock);
        assertThat(again.expiring()).doesNotContain(UUID.fromString(expiring));

        var later = reminders.remind(Clock.offset(clock, Duration.ofDays(13)));
        assertThat(later.expired()).contains(UUID.fromString(expiring));
        awaitNotified(expiring, "training.expired", List.of("contractor1.worker", "contractor1"));
    }

    @Test
    void aPassThatALaterOneRenewsOrThatIsLongExpiredIsNotToldOf() throws Exception {
        var competence = training.competence(12);
        var worker = training.person("worker");
        var old = given(worker, competence, daysAgo(340), today.plusDays(20));
        given(worker, competence, daysAgo(1), today.plusDays(360));
        var longAgo = given(training.person("manager"), competence, daysAgo(500), today.minusDays(30));

        var reminded = reminders.remind(clock);
        assertThat(reminded.expiring()).doesNotContain(UUID.fromString(old));
        assertThat(reminded.expired()).doesNotContain(UUID.fromString(longAgo));
    }

    @Test
    void anOwnPersonsExpiryReachesTheirLineManagerTheManagerOfTheAreaTheyWorkIn() throws Exception {
        var admin = training.logins().viewer("admin");
        var manager = training.logins().viewer("manager");
        var site = manager.siteId() != null
                ? manager.siteId()
                : jdbc.sql("select id from site where voided_at is null order by code limit 1")
                        .query(UUID.class)
                        .single();
        var code = "L" + UUID.randomUUID().toString().substring(0, 8);
        var area = plant.createArea(null, new DefineArea(site, code, "Line " + code, manager.personId(), null), admin)
                .id();
        var crew = register.addPerson(
                        null,
                        new RegisterPerson(
                                admin.organisationId(), "Crew " + code, "Fitter", site, area, null, null, null),
                        admin)
                .record()
                .id();
        var expiring = given(crew, training.competence(12), daysAgo(300), today.plusDays(10));

        assertThat(reminders.remind(clock).expiring()).contains(UUID.fromString(expiring));
        awaitNotified(expiring, "training.expiring", List.of("manager"));
        assertThat(notified(expiring, "training.expiring", "contractor1")).isZero();
    }

    private String given(UUID person, String competence, LocalDate completedOn, LocalDate expiresOn) throws Exception {
        var id = UUID.randomUUID();
        training.call(
                        "hse",
                        post("/api/v1/training-records"),
                        training.details(id, person, competence, completedOn, "PASSED", expiresOn))
                .andExpect(status().isCreated());
        return id.toString();
    }

    private void awaitNotified(String record, String kind, List<String> usernames) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> usernames.stream()
                .allMatch(username -> notified(record, kind, username) == 1));
    }

    private long notified(String record, String kind, String username) {
        return jdbc.sql(
                        """
                        select count(*) from notification
                        where record_id = :record and kind = :kind and recipient_person_id = :person""")
                .param("record", UUID.fromString(record))
                .param("kind", kind)
                .param("person", training.person(username))
                .query(Long.class)
                .single();
    }
}

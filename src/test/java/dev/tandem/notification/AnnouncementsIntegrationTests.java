package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.action.ActionProgress;
import dev.tandem.shared.Precondition;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What exists moved onto notifications: the action and event modules publish their events as before, and the
 * people the default rules name find them in their inboxes.
 */
@TandemIntegrationTest
class AnnouncementsIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionProgress progress;

    NotifyingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new NotifyingFixture(context);
    }

    @Test
    void anActionAssignedToSomeoneReachesTheirInboxAndDoneItWaitsForTheSafetyDepartmentsVerification() {
        var action = fixture.action("worker", "Label the valves");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(told(action, "action.assigned"))
                .containsExactly(fixture.person("worker")));

        var worker = fixture.viewer("worker");
        progress.start(action, Precondition.ifMatch("*"), worker);
        progress.complete(action, Precondition.ifMatch("*"), "Labelled", worker);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(told(action, "action.to-verify"))
                .contains(fixture.person("hse"))
                .doesNotContain(fixture.person("worker")));
    }

    @Test
    void anEventReportedInAnAreaReachesItsManagerAndTheContractorsSupervisorButNoOtherContractor() {
        var area = fixture.areaOwnedBy("manager");
        var event = fixture.event("contractor1.worker", area);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(told(event, "event.reported"))
                .contains(fixture.person("manager"), fixture.person("contractor1"), fixture.person("hse"))
                .doesNotContain(fixture.person("contractor2"), fixture.person("contractor1.worker")));
    }

    private List<UUID> told(UUID record, String kind) {
        return jdbc.sql("select recipient_person_id from notification where record_id = :record and kind = :kind")
                .param("record", record)
                .param("kind", kind)
                .query(UUID.class)
                .list();
    }
}

package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.identity.Logins;
import dev.tandem.signal.ingest.RawSample;
import dev.tandem.signal.ingest.SampleSource;
import dev.tandem.signal.ingest.SensitivityReview;
import dev.tandem.signal.ingest.Shelves;
import dev.tandem.signal.ingest.SignalControl;
import dev.tandem.signal.ingest.SignalIngestion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Alarm management: a plant-wide upset is one warning, an equipment raises at most its rate of warnings, shelved
 * warnings reach nobody until the shelf expires, and false alarms lead to a sensitivity change only when the safety
 * department accepts it. Each test's warnings lie days apart from every other test's in plant time, so that no upset
 * or rate of one test reaches another's.
 */
@TandemIntegrationTest
class AlarmManagementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIngestion ingestion;

    @Autowired
    EquipmentRegistry equipment;

    @Autowired
    TagRegister tags;

    @Autowired
    Clock clock;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    /** A machine with one tag expected between 0 and 10: a reading of 20 warns at once, learning or not. */
    private record Machine(UUID id, String code, String key) {}

    private Machine machine() {
        var area = jdbc.sql("select id, site_id from area where voided_at is null order by code, id limit 1")
                .query((rs, row) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class)})
                .single();
        var hse = logins.viewer("hse");
        var code = "F-" + UUID.randomUUID().toString().substring(0, 8);
        var id = equipment
                .register(
                        UUID.randomUUID(),
                        new RegisterEquipment(
                                area[1], area[0], code, "Fan", EquipmentType.PUMP, Criticality.MEDIUM, null),
                        hse)
                .record()
                .id();
        var tag = tags.register(null, new DefineTag(id, null, "pressure", "bar", 0.0, 10.0), hse)
                .record();
        return new Machine(id, code, tag.key());
    }

    /** Readings of every machine from {@code at} on, one a second: out of range for the first {@code tripSeconds}. */
    private void trip(List<Machine> machines, long at, int tripSeconds, int seconds) {
        var samples = new ArrayList<RawSample>();
        for (int second = 0; second < seconds; second++) {
            for (var machine : machines) {
                samples.add(new RawSample(machine.key(), at + second * 1000L, second < tripSeconds ? 20.0 : 5.0));
            }
        }
        assertThat(ingestion.accept(SampleSource.HTTP, samples).accepted()).isEqualTo(samples.size());
    }

    private long daysAgo(int days) {
        long at = clock.millis() - Duration.ofDays(days).toMillis();
        return at - at % 60_000;
    }

    private List<String> dispositions(List<Machine> machines) {
        return jdbc.sql("select disposition from signal_warning where equipment_id in (:ids) order by fired_at")
                .param("ids", machines.stream().map(Machine::id).toList())
                .query(String.class)
                .list();
    }

    private List<UUID> events(List<Machine> machines) {
        return jdbc.sql("select id from safety_event where type = 'EARLY_WARNING' and equipment_id in (:ids)")
                .param("ids", machines.stream().map(Machine::id).toList())
                .query(UUID.class)
                .list();
    }

    /** Waits until the machines' warnings are {@code count} in all and none of them is held any longer. */
    private void released(List<Machine> machines, int count) throws InterruptedException {
        SignalPipelineIntegrationTests.await(() -> {
            var held = dispositions(machines);
            return held.size() == count && !held.contains("HELD") ? held : null;
        });
    }

    @Test
    void aPlantWideUpsetOnFiftyMachinesBecomesOneWarningListingAllFifty() throws Exception {
        var machines = new ArrayList<Machine>();
        for (int i = 0; i < 50; i++) {
            machines.add(machine());
        }
        long at = daysAgo(20);
        trip(machines, at, 3, 20);
        released(machines, 50);

        var warnings = SignalPipelineIntegrationTests.await(() -> {
            var raised = events(machines);
            return raised.isEmpty() ? null : raised;
        });
        assertThat(warnings).hasSize(1);
        assertThat(dispositions(machines))
                .containsOnly("RAISED", "FLOODED")
                .filteredOn("RAISED"::equals)
                .hasSize(1);
        var upset = warnings.get(0);
        var hse = logins.bearer("hse");
        mvc.perform(get("/api/v1/events/{id}", upset).header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value(startsWith("Plant-wide upset: 50 equipment")));
        mvc.perform(get("/api/v1/signals/warnings/{id}", upset).header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flood").value(true))
                .andExpect(jsonPath("$.equipmentCount").value(50))
                .andExpect(jsonPath("$.members", hasSize(49)));
        mvc.perform(get("/signals/warnings/{id}/window", upset).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(machines.get(49).code())))
                .andExpect(content().string(containsString(machines.get(1).code())));
        mvc.perform(get("/api/v1/signals/warnings/{id}", upset).header("Authorization", logins.bearer("contractor1")))
                .andExpect(status().isNotFound());

        // a machine that trips while the upset goes on is listed in it too, not raised on its own
        var late = machine();
        trip(List.of(late), at + 30_000, 3, 10);
        released(List.of(late), 1);
        assertThat(dispositions(List.of(late))).containsExactly("FLOODED");
        assertThat(events(machines)).hasSize(1);
    }

    @Test
    void threeMachinesTrippingTogetherAreNoUpsetAndEachWarns() throws Exception {
        var machines = List.of(machine(), machine(), machine());
        trip(machines, daysAgo(21), 3, 20);
        released(machines, 3);

        assertThat(dispositions(machines)).containsExactly("RAISED", "RAISED", "RAISED");
        assertThat(SignalPipelineIntegrationTests.await(() -> events(machines).size() == 3 ? true : null))
                .isTrue();
    }

    @Test
    void aMachineRaisesAtMostThreeWarningsAnHourAndTheRestAreCountedOnItsLatest() throws Exception {
        var chattering = machine();
        long at = daysAgo(22);
        for (int episode = 0; episode < 5; episode++) {
            trip(List.of(chattering), at + episode * 300_000L, 2, 30);
        }
        released(List.of(chattering), 5);

        assertThat(dispositions(List.of(chattering)))
                .containsExactly("RAISED", "RAISED", "RAISED", "RATE_LIMITED", "RATE_LIMITED");
        var third = jdbc.sql(
                        """
                        select event_id from signal_warning where equipment_id = :id and disposition = 'RAISED'
                        order by fired_at desc limit 1""")
                .param("id", chattering.id())
                .query(UUID.class)
                .single();
        SignalPipelineIntegrationTests.await(() -> events(List.of(chattering)).size() == 3 ? true : null);
        mvc.perform(get("/api/v1/signals/warnings/{id}", third).header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flood").value(false))
                .andExpect(jsonPath("$.repeats").value(2));
        // an hour after the first, it may warn again
        trip(List.of(chattering), at + 3_700_000L, 2, 30);
        released(List.of(chattering), 6);
        assertThat(dispositions(List.of(chattering))).endsWith("RAISED");
    }

    @Test
    void aShelvedMachinesWarningsReachNobodyUntilTheShelfExpires() throws Exception {
        var noisy = machine();
        var hse = logins.bearer("hse");
        long at = daysAgo(23);
        var until = Instant.now(clock).plusSeconds(10);
        var shelf = mvc.perform(post("/api/v1/signals/equipment/{id}/shelves", noisy.id())
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"until\": \"%s\", \"reason\": \"Transmitter under calibration\"}".formatted(until)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.active").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shelf).contains("Transmitter under calibration");
        mvc.perform(get("/signals/alarms").with(logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(noisy.code())))
                .andExpect(content().string(containsString("Transmitter under calibration")))
                .andExpect(content().string(containsString("shelved until")));

        trip(List.of(noisy), at, 2, 30);
        SignalPipelineIntegrationTests.await(() -> dispositions(List.of(noisy)).size() == 1 ? true : null);
        assertThat(dispositions(List.of(noisy))).containsExactly("SHELVED");

        // the shelf expires by itself
        SignalPipelineIntegrationTests.await(() -> Instant.now(clock).isAfter(until) ? true : null);
        mvc.perform(get("/api/v1/signals/shelves").header("Authorization", logins.bearer("director")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.equipmentId == '%s')].active".formatted(noisy.id()))
                        .value(org.hamcrest.Matchers.contains(false)))
                .andExpect(jsonPath("$[?(@.equipmentId == '%s')].heldBack".formatted(noisy.id()))
                        .value(org.hamcrest.Matchers.contains(1)));
        mvc.perform(get("/signals/alarms").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("expired on")));
        trip(List.of(noisy), at + 600_000, 2, 30);
        released(List.of(noisy), 2);
        assertThat(dispositions(List.of(noisy))).containsExactly("SHELVED", "RAISED");
        assertThat(SignalPipelineIntegrationTests.await(
                        () -> events(List.of(noisy)).size() == 1 ? true : null))
                .isTrue();
    }

    @Test
    void shelvingNeedsAReasonAFutureEndAKnownMachineAndTheRightRole() throws Exception {
        var noisy = machine();
        var hse = logins.bearer("hse");
        var soon = Instant.now(clock).plusSeconds(3600);
        var bad = new String[] {
            "{\"until\": \"%s\"}".formatted(soon),
            "{\"until\": \"%s\", \"reason\": \"  \"}".formatted(soon),
            "{\"until\": \"%s\", \"reason\": \"late\"}"
                    .formatted(Instant.now(clock).minusSeconds(60)),
            "{\"until\": \"%s\", \"reason\": \"too long\"}"
                    .formatted(Instant.now(clock).plus(Duration.ofDays(8))),
            "{\"reason\": \"no end\"}",
            "{\"until\": \"tomorrow\", \"reason\": \"unreadable\"}"
        };
        for (var body : bad) {
            mvc.perform(post("/api/v1/signals/equipment/{id}/shelves", noisy.id())
                            .header("Authorization", hse)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        var good = "{\"until\": \"%s\", \"reason\": \"Noisy after the storm\"}".formatted(soon);
        mvc.perform(post("/api/v1/signals/equipment/{id}/shelves", UUID.randomUUID())
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (var refused : new String[] {"worker", "director", "admin", "contractor1", "contractor1.worker"}) {
            mvc.perform(post("/api/v1/signals/equipment/{id}/shelves", noisy.id())
                            .header("Authorization", logins.bearer(refused))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(good))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/signals/shelves")
                            .with(logins.as(refused))
                            .with(csrf())
                            .param("equipmentId", noisy.id().toString())
                            .param("hours", "2")
                            .param("reason", "Noisy"))
                    .andExpect(status().isForbidden());
        }
        assertThat(shelves(noisy)).isZero();

        mvc.perform(post("/signals/shelves")
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("equipmentId", noisy.id().toString())
                        .param("hours", "2")
                        .param("reason", "Noisy after the storm"))
                .andExpect(status().is3xxRedirection());
        assertThat(shelves(noisy)).isOne();
        var shelfId = jdbc.sql("select id from signal_shelf where equipment_id = :id")
                .param("id", noisy.id())
                .query(UUID.class)
                .single();
        for (var refused : new String[] {"worker", "director", "contractor1"}) {
            mvc.perform(post("/api/v1/signals/shelves/{id}/end", shelfId)
                            .header("Authorization", logins.bearer(refused)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/signals/shelves/{id}/end", shelfId).header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/signals/shelves/{id}/end", shelfId).header("Authorization", hse))
                .andExpect(status().isBadRequest());
        for (var refused : new String[] {"worker", "contractor1"}) {
            mvc.perform(get("/api/v1/signals/shelves").header("Authorization", logins.bearer(refused)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void someoneOfOneSiteShelvesRelearnsAndDecidesOnlyForTheEquipmentOfTheirSite() {
        var machine = machine();
        var site = jdbc.sql("select site_id from equipment where id = :id")
                .param("id", machine.id())
                .query(UUID.class)
                .single();
        var shelving = context.getBean(Shelves.class);
        var control = context.getBean(SignalControl.class);
        var review = context.getBean(SensitivityReview.class);
        var until = Instant.now(clock).plusSeconds(3600);
        var managerElsewhere = logins.viewer("manager").onSite(UUID.randomUUID());
        var hseElsewhere = logins.viewer("hse").onSite(UUID.randomUUID());

        assertThatThrownBy(() -> shelving.shelve(machine.id(), until, "Noisy", managerElsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> control.learnAgain(machine.id(), "Repaired", managerElsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        review.decide(machine.id(), SensitivityReview.Decision.ACCEPTED, 1.25, null, hseElsewhere))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(shelves(machine)).isZero();

        var shelf = shelving.shelve(
                machine.id(), until, "Noisy", logins.viewer("manager").onSite(site));
        assertThatThrownBy(() -> shelving.end(shelf.id(), managerElsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThat(shelving.end(shelf.id(), logins.viewer("hse")).active()).isFalse();
    }

    private long shelves(Machine machine) {
        return jdbc.sql("select count(*) from signal_shelf where equipment_id = :id")
                .param("id", machine.id())
                .query(Long.class)
                .single();
    }

    @Test
    void falseAlarmsProposeALessSensitiveMachineThatOnlyTheSafetyDepartmentAccepts() throws Exception {
        var flaky = machine();
        long at = daysAgo(2);
        for (int episode = 0; episode < 4; episode++) {
            // two hours apart: each is raised, none is held back by the rate limit
            trip(List.of(flaky), at + episode * 7_200_000L, 2, 30);
        }
        var raised = SignalPipelineIntegrationTests.await(() -> {
            var events = events(List.of(flaky));
            return events.size() == 4 ? events : null;
        });
        var hse = logins.bearer("hse");
        for (var event : raised.subList(0, 3)) {
            mvc.perform(post("/api/v1/events/{id}/false-alarm", event)
                            .header("If-Match", "*")
                            .header("Authorization", hse)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"note\": \"Nothing wrong on site\"}"))
                    .andExpect(status().isOk());
        }
        var rate = "$[?(@.equipmentId == '%s')]".formatted(flaky.id());
        mvc.perform(get("/api/v1/signals/false-alarms").header("Authorization", logins.bearer("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(rate + ".falseAlarms").value(org.hamcrest.Matchers.contains(3)))
                .andExpect(jsonPath(rate + ".warnings").value(org.hamcrest.Matchers.contains(4)))
                .andExpect(jsonPath(rate + ".sensitivity").value(org.hamcrest.Matchers.contains(1.0)))
                .andExpect(jsonPath(rate + ".proposed").value(org.hamcrest.Matchers.contains(1.25)));
        mvc.perform(get("/signals/alarms").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("warn at 1.25× the learned limit")));

        var accept = "{\"decision\": \"ACCEPTED\", \"sensitivity\": 1.25}";
        for (var refused : new String[] {"manager", "director", "admin", "worker", "contractor1"}) {
            mvc.perform(post("/api/v1/signals/equipment/{id}/sensitivity", flaky.id())
                            .header("Authorization", logins.bearer(refused))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(accept))
                    .andExpect(status().isForbidden());
        }
        for (var body : new String[] {
            "{\"decision\": \"ACCEPTED\", \"sensitivity\": 2.0}", "{\"sensitivity\": 1.25}", "{\"decision\": \"MAYBE\"}"
        }) {
            mvc.perform(post("/api/v1/signals/equipment/{id}/sensitivity", flaky.id())
                            .header("Authorization", hse)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/v1/signals/equipment/{id}/sensitivity", UUID.randomUUID())
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(accept))
                .andExpect(status().isNotFound());
        assertThat(decisions(flaky)).isZero();

        mvc.perform(post("/api/v1/signals/equipment/{id}/sensitivity", flaky.id())
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(accept))
                .andExpect(status().isNoContent());
        assertThat(decisions(flaky)).isOne();
        mvc.perform(get("/api/v1/signals/false-alarms").header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath(rate + ".sensitivity").value(org.hamcrest.Matchers.contains(1.25)))
                .andExpect(jsonPath(rate + ".proposed")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())));
        // decided once, not proposed again for four weeks
        mvc.perform(post("/api/v1/signals/equipment/{id}/sensitivity", flaky.id())
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(accept))
                .andExpect(status().isBadRequest());
        assertThat(decisions(flaky)).isOne();
    }

    private long decisions(Machine machine) {
        return jdbc.sql("select count(*) from signal_sensitivity where equipment_id = :id")
                .param("id", machine.id())
                .query(Long.class)
                .single();
    }
}

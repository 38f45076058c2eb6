package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every create that takes a client's id, sent again: by whoever may read the stored record it answers 200 with that
 * record and writes nothing; by anyone else it answers exactly as a read of the id would (404 for a record of
 * another contractor, 403 for a role that may not create) and changes nothing.
 */
@TandemIntegrationTest
class IdempotentCreateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    IdempotentCreateFixture fixture;
    FieldCreates field;
    Logins logins;
    UUID siteId;
    UUID areaId;

    @BeforeEach
    void setUp() {
        fixture = new IdempotentCreateFixture(mvc, context, jdbc);
        field = new FieldCreates(fixture);
        logins = fixture.logins;
        siteId = fixture.siteId;
        areaId = fixture.areaId;
    }

    @Test
    void anEventSentAgainAnswers200WithTheStoredReportAndWritesNothing() throws Exception {
        var id = UUID.randomUUID();
        var first = fixture.postJson("/api/v1/events", "contractor1.worker", field.event(id, "Oil on the stairs"));
        assertThat(first.getStatus()).isEqualTo(201);
        var written = fixture.writtenFor(id);

        var again = fixture.postJson("/api/v1/events", "contractor1.worker", field.event(id, "Oil on the stairs"));

        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getHeader("Location")).isNull();
        for (var field : List.of("$.id", "$.type", "$.status")) {
            assertThat((String) JsonPath.read(again.getContentAsString(), field))
                    .isEqualTo(JsonPath.read(first.getContentAsString(), field));
        }
        // the stored record, as a read of it shows it (PostgreSQL keeps times to the microsecond)
        var stored = mvc.perform(
                        get("/api/v1/events/{id}", id).header("Authorization", logins.bearer("contractor1.worker")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Instant.parse(JsonPath.read(again.getContentAsString(), "$.occurredAt")))
                .isEqualTo(Instant.parse(JsonPath.read(stored, "$.occurredAt")));
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }

    @Test
    void anotherContractorReusingAnEventsIdLearnsNothingAndChangesNothing() throws Exception {
        var id = UUID.randomUUID();
        assertThat(fixture.postJson("/api/v1/events", "contractor1.worker", field.event(id, "Oil on the stairs"))
                        .getStatus())
                .isEqualTo(201);
        var written = fixture.writtenFor(id);

        for (var outsider : List.of("contractor2", "worker")) {
            var read = mvc.perform(get("/api/v1/events/{id}", id).header("Authorization", logins.bearer(outsider)))
                    .andReturn()
                    .getResponse();
            var reused = fixture.postJson("/api/v1/events", outsider, field.event(id, "Planted over it"));

            assertThat(reused.getStatus()).as(outsider).isEqualTo(404).isEqualTo(read.getStatus());
            assertThat(IdempotentCreateFixture.problem(reused)).isEqualTo(IdempotentCreateFixture.problem(read));
            assertThat(reused.getContentAsString()).doesNotContain("HAZARD", "REPORTED", "occurredAt", "stairs");
        }
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
        assertThat(jdbc.sql("select description from safety_event where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Oil on the stairs");
    }

    @Test
    void thePhonesOutboxGetsTheSameAnswers() throws Exception {
        var id = UUID.randomUUID();
        assertThat(postReportForm(id, "contractor1.worker").getStatus()).isEqualTo(201);
        var written = fixture.writtenFor(id);

        assertThat(postReportForm(id, "contractor1.worker").getStatus()).isEqualTo(200);
        var reused = postReportForm(id, "contractor2");
        assertThat(reused.getStatus()).isEqualTo(404);
        assertThat(reused.getContentAsString()).doesNotContain("HAZARD", "REPORTED", "stairs");
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }

    @Test
    void anActionRaisedAgainAnswers200AndAContractorCannotRaiseUnderItsId() throws Exception {
        var event = UUID.randomUUID();
        fixture.postJson("/api/v1/events", "contractor1.worker", field.event(event, "Open hatch"));
        var id = UUID.randomUUID();
        var raise =
                """
                {"id":"%s","title":"Close the hatch","sourceType":"EVENT","sourceId":"%s","ownerPersonId":"%s",
                 "dueDate":"%s"}"""
                        .formatted(
                                id,
                                event,
                                logins.viewer("contractor1.worker").personId(),
                                Instant.now()
                                        .plus(5, ChronoUnit.DAYS)
                                        .toString()
                                        .substring(0, 10));
        assertThat(fixture.postJson("/api/v1/actions", "hse", raise).getStatus())
                .isEqualTo(201);
        var written = fixture.writtenFor(id);

        var again = fixture.postJson("/api/v1/actions", "hse", raise);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.id")).isEqualTo(id.toString());
        assertThat(fixture.postJson("/api/v1/actions", "contractor2", raise.replace("Close", "Open"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }

    @Test
    void equipmentTagsAndStateChangesRegisteredAgainAnswer200AndContractorsCannotReuseTheirIds() throws Exception {
        var machine = UUID.randomUUID();
        var registration =
                """
                {"id":"%s","siteId":"%s","areaId":"%s","code":"%s","name":"Test pump","type":"PUMP",
                 "criticality":"HIGH"}"""
                        .formatted(
                                machine,
                                siteId,
                                areaId,
                                "I-" + machine.toString().substring(0, 8));
        var tag = UUID.randomUUID();
        var tagForm = "{\"equipmentId\":\"%s\",\"name\":\"Outlet pressure\",\"unit\":\"bar\"}".formatted(machine);
        var change = UUID.randomUUID();
        var stateChange = "{\"id\":\"%s\",\"equipmentId\":\"%s\",\"at\":\"%s\",\"state\":\"RUNNING\"}"
                .formatted(change, machine, Instant.now().minusSeconds(600));

        var creates = List.of(
                new String[] {"/api/v1/equipment", registration, machine.toString()},
                new String[] {"/api/v1/signals/tags?id=" + tag, tagForm, tag.toString()},
                new String[] {"/api/v1/equipment/states", stateChange, change.toString()});
        for (var create : creates) {
            assertThat(fixture.postJson(create[0], "hse", create[1]).getStatus())
                    .as(create[0])
                    .isEqualTo(201);
            var written = fixture.writtenFor(UUID.fromString(create[2]));
            var again = fixture.postJson(create[0], "hse", create[1]);
            assertThat(again.getStatus()).as(create[0]).isEqualTo(200);
            assertThat((String) JsonPath.read(again.getContentAsString(), "$.id"))
                    .isEqualTo(create[2]);
            assertThat(fixture.postJson(create[0], "contractor1", create[1]).getStatus())
                    .as(create[0])
                    .isEqualTo(403);
            assertThat(fixture.writtenFor(UUID.fromString(create[2])))
                    .as(create[0])
                    .isEqualTo(written);
        }
    }

    /**
     * Every create that takes a client's id and whose records a contractor's people read or make: the second
     * contractor repeating the id answers as a read of it (404), or is refused the create itself (403), never with the
     * stored record, and nothing is written under the id.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "event",
                "stop",
                "inspection",
                "investigation",
                "lesson",
                "risk",
                "contractorDocument",
                "engagement",
                "trainingRecord"
            })
    void anotherContractorRepeatingTheFirstOnesIdNeitherReadsItNorWrites(String kind) throws Exception {
        var create = fixture.create(kind);
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        var first = fixture.send(create, create.firstBy(), id, marker);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        var written = fixture.writtenFor(id);

        var read = mvc.perform(get(create.read() + id).header("Authorization", logins.bearer("contractor2")))
                .andReturn()
                .getResponse();
        var reused = fixture.send(create, "contractor2", id, marker + " again");

        assertThat(reused.getStatus()).as(reused.getContentAsString()).isIn(403, 404);
        if (reused.getStatus() == 404) {
            assertThat(read.getStatus()).as("answered as a read of the id").isEqualTo(404);
        }
        assertThat(reused.getContentAsString()).doesNotContain(marker);
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }

    /**
     * A replay by one who reads the stored record but may not create such a record (a director reads everything, a
     * contractor's supervisor the plant's templates) is refused as a new create would be, shows nothing of the record
     * and writes nothing.
     */
    @ParameterizedTest(name = "{0} replayed by {1}")
    @CsvSource({
        "template, contractor1",
        "template, director",
        "risk, director",
        "risk, worker",
        "trainingRecord, director",
        "engagement, director",
        "investigation, director",
        "hazardCategory, director",
        "competence, director",
        "equipment, director"
    })
    void aReplayByAReaderWhoMayNotCreateIsRefusedAsANewCreateWouldBe(String kind, String replayer) throws Exception {
        var create = fixture.create(kind);
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(fixture.send(create, create.firstBy(), id, marker).getStatus())
                .isEqualTo(201);
        var written = fixture.writtenFor(id);
        var again = fixture.send(create, create.firstBy(), id, marker);
        assertThat(again.getStatus()).as("the first one's own replay").isEqualTo(200);
        assertThat(again.getContentAsString()).contains(id.toString());
        var read = mvc.perform(get(create.read() + id).header("Authorization", logins.bearer(replayer)))
                .andReturn()
                .getResponse();
        assertThat(read.getStatus()).as("the replayer reads the record").isEqualTo(200);

        var replayed = fixture.send(create, replayer, id, marker);

        assertThat(replayed.getStatus()).as(replayed.getContentAsString()).isEqualTo(403);
        assertThat(replayed.getContentAsString()).doesNotContain(marker);
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }

    /**
     * A contractor's supervisor starts joint inspections, not the safety department's audits of its contractor, which
     * it reads: replaying an audit's id as a joint inspection is refused, as starting an audit is.
     */
    @Test
    void aContractorsSupervisorReplayingAnAuditOfItsContractorIsRefused() throws Exception {
        var template = dev.tandem.audit.SampleChecklists.cranePreUseCheck(
                context.getBean(dev.tandem.audit.Checklists.class), logins.viewer("hse"));
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        var audit =
                "{\"id\":\"%s\",\"templateId\":\"%s\",\"siteId\":\"%s\",\"organisationId\":\"%s\",\"kind\":\"%s\",\"conductedBy\":\"%s\"}";
        var contractor = logins.viewer("contractor1").organisationId();
        assertThat(fixture.postJson(
                                "/api/v1/inspections",
                                "hse",
                                audit.formatted(id, template, siteId, contractor, "CONTRACTOR_AUDIT", marker))
                        .getStatus())
                .isEqualTo(201);
        var written = fixture.writtenFor(id);
        assertThat(mvc.perform(get("/api/v1/inspections/" + id).header("Authorization", logins.bearer("contractor1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the contractor reads its audit")
                .isEqualTo(200);

        var replayed = fixture.postJson(
                "/api/v1/inspections",
                "contractor1",
                audit.formatted(id, template, siteId, contractor, "JOINT", marker + " joint"));

        assertThat(replayed.getStatus()).as(replayed.getContentAsString()).isEqualTo(403);
        assertThat(replayed.getContentAsString()).doesNotContain(marker);
        assertThat(fixture.writtenFor(id)).isEqualTo(written);
    }

    /** The field report form as the phone's script sends it, now or later from its outbox. */
    private MockHttpServletResponse postReportForm(UUID id, String username) throws Exception {
        return mvc.perform(post("/report")
                        .with(logins.as(username))
                        .with(csrf())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("id", id.toString())
                        .param("type", "HAZARD")
                        .param("where", "area:" + areaId)
                        .param("description", "Oil on the stairs")
                        .param("occurredAt", Instant.now().minusSeconds(60).toString()))
                .andReturn()
                .getResponse();
    }
}

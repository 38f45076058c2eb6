package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.identity.Logins;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
import org.springframework.mock.web.MockMultipartFile;
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

    Logins logins;
    UUID siteId;
    UUID areaId;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        var place = jdbc.sql("select site_id, id from area where code = 'BF2'")
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        siteId = place[0];
        areaId = place[1];
    }

    @Test
    void anEventSentAgainAnswers200WithTheStoredReportAndWritesNothing() throws Exception {
        var id = UUID.randomUUID();
        var first = postJson("/api/v1/events", "contractor1.worker", event(id, "Oil on the stairs"));
        assertThat(first.getStatus()).isEqualTo(201);
        var written = writtenFor(id);

        var again = postJson("/api/v1/events", "contractor1.worker", event(id, "Oil on the stairs"));

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
        assertThat(writtenFor(id)).isEqualTo(written);
    }

    @Test
    void anotherContractorReusingAnEventsIdLearnsNothingAndChangesNothing() throws Exception {
        var id = UUID.randomUUID();
        assertThat(postJson("/api/v1/events", "contractor1.worker", event(id, "Oil on the stairs"))
                        .getStatus())
                .isEqualTo(201);
        var written = writtenFor(id);

        for (var outsider : List.of("contractor2", "worker")) {
            var read = mvc.perform(get("/api/v1/events/{id}", id).header("Authorization", logins.bearer(outsider)))
                    .andReturn()
                    .getResponse();
            var reused = postJson("/api/v1/events", outsider, event(id, "Planted over it"));

            assertThat(reused.getStatus()).as(outsider).isEqualTo(404).isEqualTo(read.getStatus());
            assertThat(problem(reused)).isEqualTo(problem(read));
            assertThat(reused.getContentAsString()).doesNotContain("HAZARD", "REPORTED", "occurredAt", "stairs");
        }
        assertThat(writtenFor(id)).isEqualTo(written);
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
        var written = writtenFor(id);

        assertThat(postReportForm(id, "contractor1.worker").getStatus()).isEqualTo(200);
        var reused = postReportForm(id, "contractor2");
        assertThat(reused.getStatus()).isEqualTo(404);
        assertThat(reused.getContentAsString()).doesNotContain("HAZARD", "REPORTED", "stairs");
        assertThat(writtenFor(id)).isEqualTo(written);
    }

    @Test
    void anActionRaisedAgainAnswers200AndAContractorCannotRaiseUnderItsId() throws Exception {
        var event = UUID.randomUUID();
        postJson("/api/v1/events", "contractor1.worker", event(event, "Open hatch"));
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
        assertThat(postJson("/api/v1/actions", "hse", raise).getStatus()).isEqualTo(201);
        var written = writtenFor(id);

        var again = postJson("/api/v1/actions", "hse", raise);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.id")).isEqualTo(id.toString());
        assertThat(postJson("/api/v1/actions", "contractor2", raise.replace("Close", "Open"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(writtenFor(id)).isEqualTo(written);
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
            assertThat(postJson(create[0], "hse", create[1]).getStatus())
                    .as(create[0])
                    .isEqualTo(201);
            var written = writtenFor(UUID.fromString(create[2]));
            var again = postJson(create[0], "hse", create[1]);
            assertThat(again.getStatus()).as(create[0]).isEqualTo(200);
            assertThat((String) JsonPath.read(again.getContentAsString(), "$.id"))
                    .isEqualTo(create[2]);
            assertThat(postJson(create[0], "contractor1", create[1]).getStatus())
                    .as(create[0])
                    .isEqualTo(403);
            assertThat(writtenFor(UUID.fromString(create[2]))).as(create[0]).isEqualTo(written);
        }
    }

    /**
     * A create another contractor may repeat: who makes it first, where it is posted (its {@code {own}} the poster's
     * organisation) and read, and its body for an id, holding a marker that no answer to the other contractor may show;
     * a multipart create's body is its form fields as a query string, its file a scan.
     */
    private record Create(
            String firstBy,
            String path,
            String read,
            java.util.function.BiFunction<UUID, String, String> body,
            boolean multipart) {

        Create(String firstBy, String path, String read, java.util.function.BiFunction<UUID, String, String> body) {
            this(firstBy, path, read, body, false);
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
        var create = create(kind);
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        var first = send(create, create.firstBy(), id, marker);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        var written = writtenFor(id);

        var read = mvc.perform(get(create.read() + id).header("Authorization", logins.bearer("contractor2")))
                .andReturn()
                .getResponse();
        var reused = send(create, "contractor2", id, marker + " again");

        assertThat(reused.getStatus()).as(reused.getContentAsString()).isIn(403, 404);
        if (reused.getStatus() == 404) {
            assertThat(read.getStatus()).as("answered as a read of the id").isEqualTo(404);
        }
        assertThat(reused.getContentAsString()).doesNotContain(marker);
        assertThat(writtenFor(id)).isEqualTo(written);
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
        var create = create(kind);
        var id = UUID.randomUUID();
        var marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send(create, create.firstBy(), id, marker).getStatus()).isEqualTo(201);
        var written = writtenFor(id);
        var again = send(create, create.firstBy(), id, marker);
        assertThat(again.getStatus()).as("the first one's own replay").isEqualTo(200);
        assertThat(again.getContentAsString()).contains(id.toString());
        var read = mvc.perform(get(create.read() + id).header("Authorization", logins.bearer(replayer)))
                .andReturn()
                .getResponse();
        assertThat(read.getStatus()).as("the replayer reads the record").isEqualTo(200);

        var replayed = send(create, replayer, id, marker);

        assertThat(replayed.getStatus()).as(replayed.getContentAsString()).isEqualTo(403);
        assertThat(replayed.getContentAsString()).doesNotContain(marker);
        assertThat(writtenFor(id)).isEqualTo(written);
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
        assertThat(postJson(
                                "/api/v1/inspections",
                                "hse",
                                audit.formatted(id, template, siteId, contractor, "CONTRACTOR_AUDIT", marker))
                        .getStatus())
                .isEqualTo(201);
        var written = writtenFor(id);
        assertThat(mvc.perform(get("/api/v1/inspections/" + id).header("Authorization", logins.bearer("contractor1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the contractor reads its audit")
                .isEqualTo(200);

        var replayed = postJson(
                "/api/v1/inspections",
                "contractor1",
                audit.formatted(id, template, siteId, contractor, "JOINT", marker + " joint"));

        assertThat(replayed.getStatus()).as(replayed.getContentAsString()).isEqualTo(403);
        assertThat(replayed.getContentAsString()).doesNotContain(marker);
        assertThat(writtenFor(id)).isEqualTo(written);
    }

    private Create create(String kind) throws Exception {
        return switch (kind) {
            case "template" ->
                new Create(
                        "hse",
                        "/api/v1/checklist-templates?id={id}",
                        "/api/v1/checklist-templates/",
                        (id, marker) ->
                                """
                                {"title":"Crane check %s","questions":[{"name":"latches","type":"YES_NO",
                                 "labelEn":"Latches in place?","labelRu":"Замки на месте?","required":true,"weight":1}]}"""
                                        .formatted(marker));
            case "hazardCategory" ->
                new Create(
                        "hse",
                        "/api/v1/hazard-categories?id={id}",
                        "/api/v1/hazard-categories/",
                        (id, marker) -> "{\"code\":\"%s\",\"nameEn\":\"Hazard %s\",\"nameRu\":\"Опасность\"}"
                                .formatted(marker, marker));
            case "competence" ->
                new Create(
                        "hse",
                        "/api/v1/competences?id={id}",
                        "/api/v1/competences/",
                        (id, marker) ->
                                """
                                {"code":"%s","nameEn":"Course %s","nameRu":"Курс","validityMonths":12,"evidence":"NONE"}"""
                                        .formatted(marker, marker));
            case "equipment" ->
                new Create(
                        "hse",
                        "/api/v1/equipment",
                        "/api/v1/equipment/",
                        (id, marker) ->
                                """
                                {"id":"%s","siteId":"%s","areaId":"%s","code":"%s","name":"Pump %s","type":"PUMP",
                                 "criticality":"HIGH"}"""
                                        .formatted(id, siteId, areaId, marker, marker));
            case "event" -> new Create("contractor1.worker", "/api/v1/events", "/api/v1/events/", this::event);
            case "stop" ->
                new Create(
                        "contractor1.worker",
                        "/api/v1/stops",
                        "/api/v1/stops/",
                        (id, marker) ->
                                """
                                {"id":"%s","areaId":"%s","organisationId":"%s","work":"Relining ladles %s",
                                 "unsafe":"No gas test before entry"}"""
                                        .formatted(
                                                id,
                                                areaId,
                                                logins.viewer("contractor1").organisationId(),
                                                marker));
            case "inspection" -> {
                var hse = logins.viewer("hse");
                var template = dev.tandem.audit.SampleChecklists.cranePreUseCheck(
                        context.getBean(dev.tandem.audit.Checklists.class), hse);
                yield new Create(
                        "contractor1",
                        "/api/v1/inspections",
                        "/api/v1/inspections/",
                        (id, marker) -> "{\"id\":\"%s\",\"templateId\":\"%s\",\"siteId\":\"%s\",\"conductedBy\":\"%s\"}"
                                .formatted(id, template, siteId, marker));
            }
            case "investigation" -> {
                var incident = contractorsIncident();
                yield new Create(
                        "manager",
                        "/api/v1/investigations",
                        "/api/v1/investigations/",
                        (id, marker) -> opening(id, marker, incident));
            }
            case "lesson" -> {
                var investigation = UUID.randomUUID();
                assertThat(postJson(
                                        "/api/v1/investigations",
                                        "manager",
                                        opening(investigation, "Why the scaffold fell", contractorsIncident()))
                                .getStatus())
                        .isEqualTo(201);
                yield new Create(
                        "manager",
                        "/api/v1/investigations/" + investigation + "/lesson",
                        "/api/v1/lessons/",
                        (id, marker) ->
                                """
                                {"id":"%s","language":"en","happened":"A scaffold board fell %s","why":"Unpinned",
                                 "learned":"Pin every board","did":"Boards pinned and checked"}"""
                                        .formatted(id, marker));
            }
            case "risk" -> {
                var category = one("select id from hazard_category where code = 'MOLTEN_METAL'");
                yield new Create(
                        "hse",
                        "/api/v1/risks",
                        "/api/v1/risks/",
                        (id, marker) ->
                                """
                                {"id":"%s","areaId":"%s","activity":"Tapping %s","hazardCategoryId":"%s",
                                 "hazard":"Molten iron","unwantedEvent":"Breakout","consequence":"Burns",
                                 "ownerPersonId":"%s","reviewDate":"%s","fatal":false}"""
                                        .formatted(
                                                id,
                                                areaId,
                                                marker,
                                                category,
                                                logins.viewer("manager").personId(),
                                                java.time.LocalDate.now().plusMonths(6)));
            }
            case "contractorDocument" ->
                // the first contractor's type (the demo's) requires it; the second files under its own contractor
                new Create(
                        "contractor1",
                        "/api/v1/contractors/{own}/documents",
                        "/api/v1/contractor-documents/",
                        (id, marker) -> "code=SRO&title=" + marker + "&validUntil="
                                + java.time.LocalDate.now().plusDays(200),
                        true);
            case "engagement" -> {
                var area = jdbc.sql("select id, site_id from area where owner_id = :manager order by code limit 1")
                        .param("manager", logins.viewer("manager").personId())
                        .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                        .single();
                yield new Create(
                        "hse",
                        "/api/v1/engagements",
                        "/api/v1/engagements/",
                        (id, marker) ->
                                """
                                {"id":"%s","organisationId":"%s","siteId":"%s","areaIds":["%s"],"startsOn":"%s",
                                 "endsOn":"%s","description":"Scaffold %s","plannedHeadcount":4,"mentorPersonId":"%s"}"""
                                        .formatted(
                                                id,
                                                logins.viewer("contractor1").organisationId(),
                                                area[1],
                                                area[0],
                                                java.time.LocalDate.now(),
                                                java.time.LocalDate.now().plusDays(30),
                                                marker,
                                                logins.viewer("manager").personId()));
            }
            case "trainingRecord" -> {
                var induction = one("select id from competence where code = 'INDUCTION'");
                yield new Create(
                        "contractor1",
                        "/api/v1/training-records",
                        "/api/v1/training-records/",
                        (id, marker) ->
                                """
                                {"id":"%s","personId":"%s","competenceId":"%s","completedOn":"%s","result":"PASSED",
                                 "trainer":"%s","evidenceReference":"Sheet 7","expiresOn":"%s"}"""
                                        .formatted(
                                                id,
                                                logins.viewer("contractor1.worker")
                                                        .personId(),
                                                induction,
                                                java.time.LocalDate.now().minusDays(1),
                                                marker,
                                                java.time.LocalDate.now().plusYears(1)));
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private UUID one(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    /** A hazard the first contractor's worker reported, so that an investigation of it involves that contractor. */
    private UUID contractorsIncident() throws Exception {
        var id = UUID.randomUUID();
        assertThat(postJson("/api/v1/events", "contractor1.worker", event(id, "Scaffold board fell"))
                        .getStatus())
                .isEqualTo(201);
        return id;
    }

    private String opening(UUID id, String title, UUID event) {
        return """
                {"id":"%s","records":[{"kind":"EVENT","recordId":"%s"}],
                 "plan":{"title":"%s","leaderPersonId":"%s","memberPersonIds":["%s"],"dueDate":"%s"}}"""
                .formatted(
                        id,
                        event,
                        title,
                        logins.viewer("manager").personId(),
                        logins.viewer("contractor1.worker").personId(),
                        java.time.LocalDate.now().plusDays(20));
    }

    /** A problem's answer but its address: what a request learns from it. */
    private static Map<String, Object> problem(MockHttpServletResponse response) throws Exception {
        Map<String, Object> problem = JsonPath.read(response.getContentAsString(), "$");
        problem.remove("instance");
        return problem;
    }

    private String event(UUID id, String description) {
        return """
                {"id":"%s","type":"HAZARD","areaId":"%s","description":"%s","occurredAt":"%s"}"""
                .formatted(id, areaId, description, Instant.now().minusSeconds(60));
    }

    /** A create as the user makes it: JSON, or form fields with a scan. */
    private MockHttpServletResponse send(Create create, String username, UUID id, String marker) throws Exception {
        var path = create.path()
                .replace("{own}", logins.viewer(username).organisationId().toString())
                .replace("{id}", id.toString());
        var body = create.body().apply(id, marker);
        if (!create.multipart()) {
            return postJson(path, username, body);
        }
        var request = multipart(path)
                .param("documentId", id.toString())
                .file(new MockMultipartFile(
                        "file",
                        "scan.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% a scan\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        for (var field : body.split("&")) {
            var nameAndValue = field.split("=", 2);
            request.param(nameAndValue[0], nameAndValue[1]);
        }
        return mvc.perform(request.header("Authorization", logins.bearer(username)))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse postJson(String path, String username, String body) throws Exception {
        return mvc.perform(post(path)
                        .header("Authorization", logins.bearer(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
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

    /** Everything stored under an id: the rows of its record and of its history. */
    private List<String> writtenFor(UUID id) {
        return jdbc.sql(
                        """
                        select 'event ' || version || ' ' || description from safety_event where id = :id
                        union all select 'action ' || version || ' ' || title from corrective_action where id = :id
                        union all select 'equipment ' || version || ' ' || name from equipment where id = :id
                        union all select 'tag ' || version || ' ' || name from signal_tag where id = :id
                        union all select 'state ' || state from equipment_state_change where id = :id
                        union all select 'stop ' || version || ' ' || work from stop_work where id = :id
                        union all select 'inspection ' || version || ' ' || conducted_by from audit_inspection
                            where id = :id
                        union all select 'investigation ' || version || ' ' || title from investigation where id = :id
                        union all select 'lesson ' || version from investigation_lesson where id = :id
                        union all select 'risk ' || version || ' ' || activity from risk_entry where id = :id
                        union all select 'document ' || version || ' ' || title from contractor_document
                            where id = :id
                        union all select 'engagement ' || version || ' ' || description from contractor_engagement
                            where id = :id
                        union all select 'template ' || version || ' ' || title from audit_template where id = :id
                        union all select 'training ' || version || ' ' || trainer from training_record where id = :id
                        union all select 'history ' || kind || ' ' || changes::text from history_entry
                            where record_id = :id
                        order by 1""")
                .param("id", id)
                .query(String.class)
                .list();
    }
}

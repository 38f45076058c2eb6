package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The page forms that send a client's id with what they create: a stop (as a form and from the phone's script), an
 * action, an inspection from the phone's outbox, a training session's sheet, a programme step, a contractor type, a
 * lesson card, a document from the contractor's portal, a person, a tag, a competence and a training requirement. A
 * field's value {@code {own}} is the sender's organisation.
 */
final class PageCreates {

    /** A page's create: who sends it first, and the request for an id with a marker in what it stores. */
    record PageCreate(String firstBy, BiFunction<UUID, String, AbstractMockHttpServletRequestBuilder<?>> request) {}

    private final IdempotentCreateFixture fixture;
    private final FieldCreates field;

    PageCreates(IdempotentCreateFixture fixture) {
        this.fixture = fixture;
        this.field = new FieldCreates(fixture);
    }

    PageCreate create(String kind) throws Exception {
        var logins = fixture.logins;
        return switch (kind) {
            case "stopForm" -> new PageCreate("contractor1.worker", this::stop);
            case "stopScript" ->
                new PageCreate(
                        "contractor1.worker", (id, marker) -> stop(id, marker).accept(MediaType.APPLICATION_JSON));
            case "actionForm" -> {
                var event = field.incident();
                yield new PageCreate("hse", (id, marker) -> post("/actions")
                        .param("id", id.toString())
                        .param("title", "Close the hatch " + marker)
                        .param("sourceType", "EVENT")
                        .param("sourceId", event.toString())
                        .param("ownerPersonId", person("contractor1.worker"))
                        .param("dueDate", LocalDate.now().plusDays(5).toString()));
            }
            case "fieldInspection" -> {
                var template = dev.tandem.audit.SampleChecklists.cranePreUseCheck(
                        fixture.context.getBean(dev.tandem.audit.Checklists.class), logins.viewer("hse"));
                yield new PageCreate("contractor1", (id, marker) -> multipart("/audit/field")
                        .param(
                                "inspection",
                                """
                                {"id":"%s","templateId":"%s","siteId":"%s","conductedBy":"%s",
                                 "answers":{"latches":"yes","load":"3"}}"""
                                        .formatted(id, template, fixture.siteId, marker))
                        .accept(MediaType.APPLICATION_JSON));
            }
            case "sessionForm" -> {
                var induction = fixture.one("select id from competence where code = 'INDUCTION'");
                yield new PageCreate("contractor1", (id, marker) -> post("/training/sessions")
                        .param("id", id.toString())
                        .param("competenceId", induction.toString())
                        .param("heldOn", LocalDate.now().minusDays(1).toString())
                        .param("trainer", marker)
                        .param("evidenceReference", "Sheet 9")
                        .param("passed", person("contractor1.worker")));
            }
            // retired after the test, as the API's step is
            case "onboardingStep" ->
                new PageCreate("hse", (id, marker) -> post("/contractors/onboarding/steps")
                        .param("id", id.toString())
                        .param("kind", "OTHER")
                        .param("title", "Step " + marker)
                        .param("dueDay", "30"));
            case "typeForm" ->
                new PageCreate("hse", (id, marker) -> post("/contractors/types")
                        .param("newId", id.toString())
                        .param("name", "Type " + marker));
            case "lessonForm" -> {
                var investigation = field.investigation("Why the scaffold fell");
                yield new PageCreate("manager", (id, marker) -> post("/investigations/" + investigation + "/lesson")
                        .param("newId", id.toString())
                        .param("language", "en")
                        .param("happened", "A scaffold board fell " + marker)
                        .param("why", "Unpinned")
                        .param("learned", "Pin every board")
                        .param("did", "Boards pinned and checked"));
            }
            case "portalDocument" ->
                new PageCreate("contractor1", (id, marker) -> multipart("/contractors/portal/documents")
                        .file(new MockMultipartFile(
                                "file",
                                "scan.pdf",
                                "application/pdf",
                                "%PDF-1.4\n% a scan\n".getBytes(StandardCharsets.US_ASCII)))
                        .param("documentId", id.toString())
                        .param("code", "SRO")
                        .param("title", marker)
                        .param("validUntil", LocalDate.now().plusDays(200).toString()));
            // of the sender's own organisation, as the page offers it first
            case "personForm" ->
                new PageCreate("contractor1", (id, marker) -> post("/people")
                        .param("newId", id.toString())
                        .param("organisationId", "{own}")
                        .param("fullName", "Fitter " + marker)
                        .param("position", "Fitter"));
            case "tagForm" -> {
                var machine = equipment();
                yield new PageCreate("hse", (id, marker) -> post("/signals/tags")
                        .param("newId", id.toString())
                        .param("equipmentId", machine.toString())
                        .param("name", "Pressure " + marker)
                        .param("unit", "bar"));
            }
            case "competenceForm" ->
                new PageCreate("hse", (id, marker) -> post("/training/competences")
                        .param("newId", id.toString())
                        .param("code", marker)
                        .param("nameEn", "Course " + marker)
                        .param("nameRu", "Курс " + marker)
                        .param("validityMonths", "12")
                        .param("evidence", "NONE"));
            // for a position nobody holds, and voided after the test
            case "requirementForm" -> {
                var induction = fixture.one("select id from competence where code = 'INDUCTION'");
                yield new PageCreate("hse", (id, marker) -> post("/training/requirements")
                        .param("newId", id.toString())
                        .param("competenceId", induction.toString())
                        .param("position", "Fitter " + marker));
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private AbstractMockHttpServletRequestBuilder<?> stop(UUID id, String marker) {
        return post("/stop")
                .param("id", id.toString())
                .param("areaId", fixture.areaId.toString())
                .param(
                        "organisationId",
                        fixture.logins.viewer("contractor1").organisationId().toString())
                .param("work", "Relining ladles " + marker)
                .param("unsafe", "No gas test before entry");
    }

    /** New equipment of the blast furnace bay, for a tag to be on. */
    private UUID equipment() throws Exception {
        var machine = UUID.randomUUID();
        var registration = new KeptCreates(fixture)
                .create("equipment")
                .body()
                .apply(machine, "T" + machine.toString().substring(0, 8));
        assertThat(fixture.postJson("/api/v1/equipment", "hse", registration).getStatus())
                .isEqualTo(201);
        return machine;
    }

    private String person(String username) {
        return fixture.logins.viewer(username).personId().toString();
    }
}

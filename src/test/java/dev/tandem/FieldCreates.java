package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.IdempotentCreateFixture.Create;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The creates of what happens on site, made by a contractor's people or about their work: events, stops, inspections,
 * investigations and their lessons, risks, corrective actions, a contractor's documents and engagements, training.
 */
final class FieldCreates {

    private final IdempotentCreateFixture fixture;

    FieldCreates(IdempotentCreateFixture fixture) {
        this.fixture = fixture;
    }

    /** The create of the kind, or null for a kind kept by the plant (see {@link KeptCreates}). */
    Create create(String kind) throws Exception {
        var logins = fixture.logins;
        return switch (kind) {
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
                                                fixture.areaId,
                                                logins.viewer("contractor1").organisationId(),
                                                marker));
            case "inspection" -> {
                var template = dev.tandem.audit.SampleChecklists.cranePreUseCheck(
                        fixture.context.getBean(dev.tandem.audit.Checklists.class), logins.viewer("hse"));
                yield new Create(
                        "contractor1",
                        "/api/v1/inspections",
                        "/api/v1/inspections/",
                        (id, marker) -> "{\"id\":\"%s\",\"templateId\":\"%s\",\"siteId\":\"%s\",\"conductedBy\":\"%s\"}"
                                .formatted(id, template, fixture.siteId, marker));
            }
            case "investigation" -> {
                var incident = incident();
                yield new Create(
                        "manager",
                        "/api/v1/investigations",
                        "/api/v1/investigations/",
                        (id, marker) -> opening(id, marker, incident, "contractor1.worker"));
            }
            case "lesson" -> lesson(investigation("Why the scaffold fell"));
            case "risk" -> {
                var category = fixture.one("select id from hazard_category where code = 'MOLTEN_METAL'");
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
                                                fixture.areaId,
                                                marker,
                                                category,
                                                logins.viewer("manager").personId(),
                                                LocalDate.now().plusMonths(6)));
            }
            // the first contractor's type (the demo's) requires it; each filer files under their own contractor
            case "contractorDocument" -> document("{own}");
            // filed under the first contractor, whoever sends it
            case "filedDocument" ->
                document(logins.viewer("contractor1").organisationId().toString());
            case "engagement" -> engagement();
            case "trainingRecord" -> {
                var induction = fixture.one("select id from competence where code = 'INDUCTION'");
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
                                                LocalDate.now().minusDays(1),
                                                marker,
                                                LocalDate.now().plusYears(1)));
            }
            case "trainingSession" -> {
                var induction = fixture.one("select id from competence where code = 'INDUCTION'");
                yield new Create(
                        "contractor1",
                        "/api/v1/training-sessions",
                        "/api/v1/training-sessions/",
                        (id, marker) ->
                                """
                                {"id":"%s","competenceId":"%s","heldOn":"%s","trainer":"%s","evidenceReference":"Sheet 9",
                                 "attendees":[{"personId":"%s","result":"PASSED"}]}"""
                                        .formatted(
                                                id,
                                                induction,
                                                LocalDate.now().minusDays(1),
                                                marker,
                                                logins.viewer("contractor1.worker")
                                                        .personId()));
            }
            case "action" -> {
                var event = incident();
                yield new Create(
                        "hse",
                        "/api/v1/actions",
                        "/api/v1/actions/",
                        (id, marker) ->
                                """
                                {"id":"%s","title":"Close the hatch %s","sourceType":"EVENT","sourceId":"%s",
                                 "ownerPersonId":"%s","dueDate":"%s"}"""
                                        .formatted(
                                                id,
                                                marker,
                                                event,
                                                logins.viewer("contractor1.worker")
                                                        .personId(),
                                                LocalDate.now().plusDays(5)));
            }
            default -> null;
        };
    }

    /** The lesson card of an investigation, drafted by its leader. */
    Create lesson(UUID investigation) {
        return new Create(
                "manager",
                "/api/v1/investigations/" + investigation + "/lesson",
                "/api/v1/lessons/",
                (id, marker) ->
                        """
                        {"id":"%s","language":"en","happened":"A scaffold board fell %s","why":"Unpinned",
                         "learned":"Pin every board","did":"Boards pinned and checked"}"""
                                .formatted(id, marker));
    }

    /**
     * An investigation of the first contractor's incident, led by the demo's line manager with the contractor's worker
     * in the team.
     */
    UUID investigation(String title) throws Exception {
        return investigation(title, "contractor1.worker");
    }

    /** An investigation of the first contractor's incident, led by the demo's line manager with one member. */
    UUID investigation(String title, String member) throws Exception {
        var id = UUID.randomUUID();
        assertThat(fixture.postJson("/api/v1/investigations", "manager", opening(id, title, incident(), member))
                        .getStatus())
                .isEqualTo(201);
        return id;
    }

    String event(UUID id, String description) {
        return """
                {"id":"%s","type":"HAZARD","areaId":"%s","description":"%s","occurredAt":"%s"}"""
                .formatted(id, fixture.areaId, description, Instant.now().minus(1, ChronoUnit.MINUTES));
    }

    private Create document(String organisation) {
        return new Create(
                "contractor1",
                "/api/v1/contractors/" + organisation + "/documents",
                "/api/v1/contractor-documents/",
                (id, marker) -> "code=SRO&title=" + marker + "&validUntil="
                        + LocalDate.now().plusDays(200),
                true);
    }

    private Create engagement() {
        var logins = fixture.logins;
        var area = fixture.jdbc
                .sql("select id, site_id from area where owner_id = :manager order by code limit 1")
                .param("manager", logins.viewer("manager").personId())
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        return new Create(
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
                                        LocalDate.now(),
                                        LocalDate.now().plusDays(30),
                                        marker,
                                        logins.viewer("manager").personId()));
    }

    /** A hazard the first contractor's worker reported, so that an investigation of it involves that contractor. */
    UUID incident() throws Exception {
        var id = UUID.randomUUID();
        assertThat(fixture.postJson("/api/v1/events", "contractor1.worker", event(id, "Scaffold board fell"))
                        .getStatus())
                .isEqualTo(201);
        return id;
    }

    private String opening(UUID id, String title, UUID event, String member) {
        var logins = fixture.logins;
        return """
                {"id":"%s","records":[{"kind":"EVENT","recordId":"%s"}],
                 "plan":{"title":"%s","leaderPersonId":"%s","memberPersonIds":["%s"],"dueDate":"%s"}}"""
                .formatted(
                        id,
                        event,
                        title,
                        logins.viewer("manager").personId(),
                        logins.viewer(member).personId(),
                        LocalDate.now().plusDays(20));
    }
}

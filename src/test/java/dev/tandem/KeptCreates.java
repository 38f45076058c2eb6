package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.IdempotentCreateFixture.Create;
import java.util.UUID;

/**
 * The creates of what the plant keeps: checklist templates, hazard categories, competences and training requirements,
 * equipment and its tags, contractor types, the onboarding programme's steps and the people of each organisation.
 */
final class KeptCreates {

    private final IdempotentCreateFixture fixture;

    KeptCreates(IdempotentCreateFixture fixture) {
        this.fixture = fixture;
    }

    Create create(String kind) throws Exception {
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
                                        .formatted(id, fixture.siteId, fixture.areaId, marker, marker));
            case "tag" -> {
                var machine = UUID.randomUUID();
                var registration = create("equipment")
                        .body()
                        .apply(machine, "T" + machine.toString().substring(0, 8));
                assertThat(fixture.postJson("/api/v1/equipment", "hse", registration)
                                .getStatus())
                        .isEqualTo(201);
                yield new Create(
                        "hse",
                        "/api/v1/signals/tags?id={id}",
                        "/api/v1/signals/tags/",
                        (id, marker) -> "{\"equipmentId\":\"%s\",\"name\":\"Pressure %s\",\"unit\":\"bar\"}"
                                .formatted(machine, marker));
            }
            case "contractorType" ->
                new Create(
                        "hse",
                        "/api/v1/contractor-types?id={id}",
                        "/api/v1/contractor-types/",
                        (id, marker) -> "{\"name\":\"Type %s\",\"documents\":[]}".formatted(marker));
            // retired after the test: onboardings that start later would have it
            case "onboardingStep" ->
                new Create(
                        "hse",
                        "/api/v1/contractors/onboarding/steps",
                        "/api/v1/contractors/onboarding/steps/",
                        (id, marker) -> "{\"id\":\"%s\",\"kind\":\"OTHER\",\"title\":\"Step %s\",\"dueDay\":30}"
                                .formatted(id, marker));
            // for a position nobody holds, and voided after the test
            case "trainingRequirement" -> {
                var induction = fixture.one("select id from competence where code = 'INDUCTION'");
                yield new Create(
                        "hse",
                        "/api/v1/training-requirements?id={id}",
                        "/api/v1/training-requirements/",
                        (id, marker) ->
                                "{\"competenceId\":\"%s\",\"position\":\"Fitter %s\"}".formatted(induction, marker));
            }
            // of the sender's own organisation, as the page offers it first
            case "person" ->
                new Create(
                        "contractor1",
                        "/api/v1/people?id={id}",
                        "/api/v1/people/",
                        (id, marker) ->
                                "{\"organisationId\":\"{own}\",\"fullName\":\"Fitter %s\",\"position\":\"Fitter\"}"
                                        .formatted(marker));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Takes back a record made by a test that others would see: a step of the programme, a requirement. */
    void retire(String kind, UUID id) throws Exception {
        var path =
                switch (kind) {
                    case "onboardingStep" -> "/api/v1/contractors/onboarding/steps/" + id + "/void";
                    case "trainingRequirement", "requirementForm" -> "/api/v1/training-requirements/" + id + "/void";
                    default -> null;
                };
        if (path != null) {
            assertThat(fixture.postJson(path, "hse", "{\"reason\":\"made by a test\"}")
                            .getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
    }
}

package dev.tandem.contractor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.training.Competence;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A site of its own for an engagement test: two areas (one owned by a line manager holding a valid mentor's
 * qualification, one by a manager without it), an area on another site, and a contractor of its own in ONBOARDING,
 * classified, with its insurance certificate and licence filed.
 */
public final class EngagementScene {

    public final ContractorFixture fixture;
    public final LocalDate today;
    public final UUID site;
    public final UUID area;
    public final UUID otherArea;
    public final UUID areaElsewhere;
    public final String mentor;
    public final UUID mentorPerson;
    public final UUID unqualifiedPerson;
    public final ContractorFixture.Contractor contractor;
    private final ApplicationContext context;

    public EngagementScene(ContractorFixture fixture, ApplicationContext context) throws Exception {
        this.fixture = fixture;
        this.context = context;
        today = context.getBean(PlantDay.class).today();
        var admin = fixture.logins.viewer("admin");
        var plant = context.getBean(PlantStructure.class);
        var code = "E" + UUID.randomUUID().toString().substring(0, 8);
        site = plant.createSite(null, DefineSite.named(code, "Engaged " + code, "Europe/Moscow", null), admin)
                .id();
        mentor = "mentor" + code.toLowerCase();
        mentorPerson = manager(mentor, "Mentor " + code, admin);
        unqualifiedPerson = manager("novice" + code.toLowerCase(), "Novice " + code, admin);
        area = plant.createArea(null, new DefineArea(site, code + "A", "Bay A " + code, mentorPerson, null), admin)
                .id();
        otherArea = plant.createArea(
                        null, new DefineArea(site, code + "B", "Bay B " + code, unqualifiedPerson, null), admin)
                .id();
        var elsewhere = plant.createSite(
                        null, DefineSite.named(code + "X", "Elsewhere " + code, "Europe/Moscow", null), admin)
                .id();
        areaElsewhere = plant.createArea(
                        null, new DefineArea(elsewhere, code + "C", "Bay C " + code, mentorPerson, null), admin)
                .id();
        var hse = fixture.logins.viewer("hse");
        for (Competence competence : context.getBean(CompetenceCatalogue.class).current()) {
            if (competence.mentor()) {
                context.getBean(TrainingLog.class)
                        .record(
                                new RecordTraining(
                                        null,
                                        null,
                                        mentorPerson,
                                        competence.id(),
                                        today.minusDays(10),
                                        TrainingResult.PASSED,
                                        "Trainer",
                                        null,
                                        "Certificate 1",
                                        today.plusYears(2)),
                                hse);
            }
        }
        contractor = fixture.contractor("Engaged");
        context.getBean(ContractorRegister.class)
                .changeStatus(contractor.id(), Precondition.none(), OrganisationStatus.ONBOARDING, "Signed", hse);
        fixture.classify(contractor.id(), fixture.type(30));
        fixture.file("hse", contractor.id(), "INSURANCE", today.plusYears(1), ContractorFixture.PDF)
                .andExpect(status().isCreated());
        fixture.file("hse", contractor.id(), "LICENCE", today.plusYears(1), ContractorFixture.PDF)
                .andExpect(status().isCreated());
    }

    private UUID manager(String username, String name, Viewer admin) {
        var person = context.getBean(OrganisationRegister.class)
                .addPerson(
                        null,
                        new RegisterPerson(admin.organisationId(), name, "Shop manager", site, null, null, null, null),
                        admin)
                .record();
        context.getBean(Accounts.class)
                .open(
                        new OpenAccount(username, person.id(), Set.of(Role.LINE_MANAGER), ContractorFixture.PASSWORD),
                        admin);
        return person.id();
    }

    /** An engagement's plan as the API takes it, on the areas, with the mentor (none when null). */
    String plan(List<UUID> areas, UUID mentorPersonId) {
        return "{'organisationId':'%s','siteId':'%s','areaIds':[%s],'startsOn':'%s','endsOn':'%s','description':'Relining ladle 3','plannedHeadcount':12%s}"
                .formatted(
                        contractor.id(),
                        site,
                        String.join(
                                ",", areas.stream().map(id -> "'" + id + "'").toList()),
                        today,
                        today.plusDays(60),
                        mentorPersonId == null ? "" : ",'mentorPersonId':'" + mentorPersonId + "'");
    }

    /** An engagement of the contractor on the first area, its review signed by both sides and its work started. */
    public UUID activeEngagement() throws Exception {
        var planned = fixture.call("hse", post("/api/v1/engagements"), plan(List.of(area), mentorPerson))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = UUID.fromString(JsonPath.read(planned, "$.id"));
        fixture.call("hse", post("/api/v1/engagements/{id}/risks", id), "{'riskId':'%s'}".formatted(risk(area)))
                .andExpect(status().isOk());
        fixture.call(mentor, post("/api/v1/engagements/{id}/sign", id), null).andExpect(status().isOk());
        fixture.call(contractor.supervisor(), post("/api/v1/engagements/{id}/sign", id), null)
                .andExpect(status().isOk());
        fixture.call(mentor, post("/api/v1/engagements/{id}/start", id), null).andExpect(status().isOk());
        return id;
    }

    UUID risk(UUID areaId) {
        return identifiedRisk(context, areaId, "Relining", mentorPerson, today);
    }

    /** A risk of the area identified in the register with the person as its owner: for a risk review to pick. */
    public static UUID identifiedRisk(
            ApplicationContext context, UUID areaId, String activity, UUID ownerPersonId, LocalDate today) {
        return identifiedRisk(context, areaId, activity, ownerPersonId, today, false);
    }

    /** The same, flagged as a risk that can kill when {@code fatal}. */
    public static UUID identifiedRisk(
            ApplicationContext context,
            UUID areaId,
            String activity,
            UUID ownerPersonId,
            LocalDate today,
            boolean fatal) {
        return context.getBean(RiskRegister.class)
                .identify(
                        new IdentifyRisk(
                                UUID.randomUUID(),
                                null,
                                areaId,
                                activity,
                                hazardCategory(context.getBean(JdbcClient.class)),
                                "Hot refractory",
                                "Contact with hot lining",
                                "Burned hand",
                                ownerPersonId,
                                today.plusMonths(6),
                                fatal),
                        Viewer.automated("risks", "Risks", Role.HSE_SPECIALIST))
                .record()
                .id();
    }

    String newRisk(UUID areaId) {
        return "{'id':'%s','areaId':'%s','activity':'Lifting bricks','hazardCategoryId':'%s','hazard':'Load falls','unwantedEvent':'Dropped load','consequence':'Crushed foot','ownerPersonId':'%s','reviewDate':'%s'}"
                .formatted(UUID.randomUUID(), areaId, hazardCategory(fixture.jdbc), mentorPerson, today.plusMonths(6));
    }

    private static UUID hazardCategory(JdbcClient jdbc) {
        return jdbc.sql("select id from hazard_category where voided_at is null order by id limit 1")
                .query(UUID.class)
                .single();
    }
}

package dev.tandem.contractor.engagement;

import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.organisation.Area;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.training.TrainingClearance;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules an engagement is planned and started by, each refusing with a clear message on its field before anything
 * is written: a contractor that may take new work (onboarding or active, none of its required documents blocking),
 * areas of the site, and a mentor who owns one of them and holds a valid mentor's qualification.
 */
@Component
public class EngagementChecks {

    /** The statuses in which a contractor takes new work: a suspended one does not. */
    public static final Set<OrganisationStatus> ENGAGEABLE =
            EnumSet.of(OrganisationStatus.ONBOARDING, OrganisationStatus.ACTIVE);

    private final ContractorRegister contractors;
    private final DocumentStanding standing;
    private final PlantStructure plant;
    private final TrainingClearance training;

    EngagementChecks(
            ContractorRegister contractors,
            DocumentStanding standing,
            PlantStructure plant,
            TrainingClearance training) {
        this.contractors = contractors;
        this.standing = standing;
        this.plant = plant;
        this.training = training;
    }

    void plan(PlanEngagement plan, Viewer viewer) {
        engageable(plan.organisationId(), plan.startsOn(), viewer);
        if (plant.currentSite(plan.siteId()).isEmpty()) {
            throw new InvalidRequestException("siteId", "contractor.rule.noSuchSite");
        }
        var areas = plan.areaIds().stream()
                .map(id -> plant.currentArea(id)
                        .filter(area -> area.siteId().equals(plan.siteId()))
                        .orElseThrow(() -> new InvalidRequestException("areaIds", "contractor.rule.areaOutsideSite")))
                .toList();
        mentor(plan.mentorPersonId(), areas);
    }

    /** The contractor takes new work starting on the day: its status allows it and no required document blocks it. */
    void engageable(UUID organisationId, LocalDate start, Viewer viewer) {
        var contractor = contractors.contractor(organisationId, viewer);
        if (contractor.isVoided() || !ENGAGEABLE.contains(contractor.status())) {
            throw new InvalidRequestException(
                    "organisationId",
                    "contractor.rule.notEngageable",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "organisation.status." + contractor.status()));
        }
        var blockers = standing.blockersOfNewWork(organisationId, start);
        if (!blockers.isEmpty()) {
            throw new InvalidRequestException(
                    "organisationId",
                    "contractor.rule.documentsBlock",
                    blockers.stream().map(DocumentStanding.Blocker::name).collect(Collectors.joining(", ")));
        }
    }

    private void mentor(UUID mentorPersonId, List<Area> areas) {
        if (mentorPersonId == null) {
            throw new InvalidRequestException("mentorPersonId", "contractor.rule.mentorRequired");
        }
        if (areas.stream().noneMatch(area -> mentorPersonId.equals(area.ownerId()))) {
            throw new InvalidRequestException("mentorPersonId", "contractor.rule.mentorNotAreaOwner");
        }
        if (!training.qualifiedMentorNow(mentorPersonId)) {
            throw new InvalidRequestException("mentorPersonId", "contractor.rule.mentorNotQualified");
        }
    }
}

package dev.tandem.contractor.access;

import dev.tandem.contractor.engagement.Engagement;
import dev.tandem.contractor.engagement.EngagementChecks;
import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.training.TrainingClearance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate's question: may this contractor worker come in today? A guard or foreman of the owner company, or the
 * worker's own supervisor, scans the worker's QR (or types its code) and reads who it is, their employer and
 * engagement, and whether they are cleared, or why not: no engagement under way today, the contractor not in a status
 * that works, a required document expired, training required of them missing or expired. Another contractor's people
 * find nobody.
 */
@Service
@Transactional(readOnly = true)
public class AccessCheck {

    private final Credentials credentials;
    private final EngagementDesk engagements;
    private final DocumentStanding documents;
    private final TrainingClearance training;
    private final AccessPlant plant;

    AccessCheck(
            Credentials credentials,
            EngagementDesk engagements,
            DocumentStanding documents,
            TrainingClearance training,
            AccessPlant plant) {
        this.credentials = credentials;
        this.engagements = engagements;
        this.documents = documents;
        this.training = training;
        this.plant = plant;
    }

    /** Why a worker is not cleared: a message key and its values. */
    public record Reason(String code, List<String> values) {}

    /** The engagement a worker comes for. */
    public record WorkToday(UUID id, String description, LocalDate startsOn, LocalDate endsOn) {}

    /**
     * The answer to a scan.
     *
     * @param engagement the engagement under way today that the worker comes for, or null
     */
    public record Answer(
            UUID personId,
            String fullName,
            UUID organisationId,
            String employer,
            WorkToday engagement,
            boolean cleared,
            List<Reason> reasons) {}

    /** Who may scan at all: the owner company's people (guards, foremen, managers) and contractors' supervisors. */
    public static boolean canScan(Viewer viewer) {
        return !viewer.contractor() || viewer.has(Role.CONTRACTOR_SUPERVISOR);
    }

    /** The answer for a code; empty when it names nobody the viewer may check. */
    public Optional<Answer> check(String code, Viewer viewer) {
        if (!canScan(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("checking site access");
        }
        return credentials
                .holder(code)
                .filter(member -> member.contractor() && viewer.canSee(member.organisationId()))
                .map(member -> answer(member.personId(), member.fullName(), member.organisationId(), viewer));
    }

    private Answer answer(UUID personId, String fullName, UUID organisationId, Viewer viewer) {
        var today = plant.today();
        var reasons = new ArrayList<Reason>();
        var status = plant.status(organisationId);
        if (!EngagementChecks.ENGAGEABLE.contains(status)) {
            reasons.add(new Reason("access.reason.status", List.of("organisation.status." + status)));
        }
        var engagement = engagements.underWay(organisationId, today);
        if (engagement.isEmpty()) {
            reasons.add(new Reason("access.reason.noEngagement", List.of()));
        }
        var startedOn = engagement.map(Engagement::activatedOn).orElse(today);
        documents
                .blockersOfRunningWork(organisationId, startedOn)
                .forEach(blocker -> reasons.add(new Reason(
                        blocker.validUntil() == null
                                ? "access.reason.documentMissing"
                                : "access.reason.documentExpired",
                        List.of(blocker.name(), String.valueOf(blocker.validUntil())))));
        var area = engagement.map(found -> found.areaIds().get(0)).orElse(null);
        training.clearedNow(personId, new TrainingClearance.Work(area, java.util.Set.of()))
                .gaps()
                .forEach(gap -> reasons.add(new Reason(
                        "access.reason.training." + gap.standing(),
                        List.of(plant.competenceName(gap.competenceId()), String.valueOf(gap.expiresOn())))));
        return new Answer(
                personId,
                fullName,
                organisationId,
                plant.organisationName(organisationId),
                engagement
                        .map(e -> new WorkToday(e.id(), e.description(), e.startsOn(), e.endsOn()))
                        .orElse(null),
                reasons.isEmpty(),
                reasons);
    }
}

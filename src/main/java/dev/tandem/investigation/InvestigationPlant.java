package dev.tandem.investigation;

import dev.tandem.organisation.Membership;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who may be on an investigation's team, checked against the people of the plant, and the plant's time. */
@Component
class InvestigationPlant {

    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final Clock clock;

    InvestigationPlant(OrganisationDirectory directory, PlantStructure plant, Clock clock) {
        this.directory = directory;
        this.plant = plant;
        this.clock = clock;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** Today on the enterprise's clock: what due dates are counted on. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(plant.enterprise().timeZone())));
    }

    /**
     * The team as planned, checked: its leader is a current person of the owner company; its members are the owner
     * company's people or, when a contractor's work is involved, that contractor's, never another contractor's.
     */
    InvestigationTeam team(PlanInvestigation plan, UUID contractorId) {
        var leader = directory.membership(plan.leaderPersonId());
        if (leader.isEmpty() || leader.get().contractor()) {
            throw new InvalidRequestException("leaderPersonId", "investigation.rule.leaderOwnCompany");
        }
        for (var member : plan.memberPersonIds()) {
            var membership = directory.membership(member);
            if (membership.isEmpty() || !mayJoin(membership.get(), contractorId)) {
                throw new InvalidRequestException("memberPersonIds", "investigation.rule.memberNotInvolved");
            }
        }
        return new InvestigationTeam(plan.title(), plan.leaderPersonId(), plan.memberPersonIds(), plan.dueDate());
    }

    private static boolean mayJoin(Membership member, UUID contractorId) {
        return !member.contractor() || member.organisationId().equals(contractorId);
    }
}

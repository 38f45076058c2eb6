package dev.tandem.investigation;

import dev.tandem.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The team and plan an investigation's leader works to. */
record InvestigationTeam(String title, UUID leaderPersonId, List<UUID> memberPersonIds, LocalDate dueDate) {

    /**
     * The team as an investigation keeps it: a title, a leader and a due date required, the title stripped, the
     * members named once each and the leader not among them.
     */
    InvestigationTeam checked() {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", "investigation.rule.titleRequired");
        }
        if (leaderPersonId == null) {
            throw new InvalidRequestException("leaderPersonId", "investigation.rule.leaderRequired");
        }
        if (dueDate == null) {
            throw new InvalidRequestException("dueDate", "investigation.rule.dueDateRequired");
        }
        var members = memberPersonIds.stream()
                .filter(member -> !member.equals(leaderPersonId))
                .distinct()
                .toList();
        return new InvestigationTeam(title.strip(), leaderPersonId, members, dueDate);
    }
}

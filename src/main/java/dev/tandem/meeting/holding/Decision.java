package dev.tandem.meeting.holding;

import dev.tandem.history.KeptOutOfHistory;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision of a meeting: a joint measure with its owner, on either side, due by a day; it is raised as a corrective
 * action (source MEETING), which carries it out.
 */
@Table("meeting_decision")
public record Decision(
        @KeptOutOfHistory("a decision is told apart by its number; its action has the same id") UUID decisionId,
        String text,
        UUID ownerPersonId,
        UUID responsibleOrganisationId,
        LocalDate dueDate,
        @KeptOutOfHistory("the action's id is the decision's; the action keeps its own history") UUID actionId) {}

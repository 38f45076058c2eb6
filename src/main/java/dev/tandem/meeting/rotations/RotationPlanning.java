package dev.tandem.meeting.rotations;

import dev.tandem.contractor.ContractorEngagements;
import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each engagement's rotation pattern, set by its mentor or the safety department, while it is being agreed or under
 * way; those who read the contractor's meetings read it.
 */
@NamedInterface("rotations")
@Service
@Transactional
public class RotationPlanning {

    private final RotationPatterns patterns;
    private final AuditedRecords<RotationPattern> records;
    private final History history;
    private final ContractorEngagements engagements;

    RotationPlanning(RotationPatterns patterns, History history, ContractorEngagements engagements) {
        this.patterns = patterns;
        this.records = history.auditing(
                patterns, (viewer, pattern) -> MeetingAccess.canRead(viewer, pattern.organisationId()));
        this.history = history;
        this.engagements = engagements;
    }

    /** The engagement the viewer reads meetings of. */
    @Transactional(readOnly = true)
    public EngagementFacts engagement(UUID engagementId, Viewer viewer) {
        if (!MeetingAccess.readsMeetings(viewer)) {
            throw new AccessDeniedException("reading meetings");
        }
        var engagement = engagements
                .find(engagementId, viewer)
                .orElseThrow(() -> new NotFoundException("Engagement", engagementId));
        MeetingAccess.requireRead(viewer, engagement.organisationId(), engagementId);
        return engagement;
    }

    /** The engagement's rotation pattern, if one is set. */
    @Transactional(readOnly = true)
    public Optional<RotationPattern> pattern(UUID engagementId, Viewer viewer) {
        engagement(engagementId, viewer);
        return patterns.findById(engagementId).filter(pattern -> !pattern.isVoided());
    }

    /** Sets the pattern, or changes it: the rotations are counted by the pattern as it now stands. */
    public RotationPattern set(UUID engagementId, Precondition precondition, SetRotationPattern set, Viewer viewer) {
        var engagement = engagement(engagementId, viewer);
        MeetingAccess.requireHold(viewer, engagement);
        if (engagement.voided() || "CLOSED".equals(engagement.status())) {
            throw new InvalidRequestException("engagementId", "meeting.rule.engagementClosed");
        }
        var stored = patterns.findById(engagementId);
        if (stored.isEmpty()) {
            return records.create(
                            engagementId,
                            CreateRule.checkedBefore(),
                            id -> RotationPattern.of(id, engagement.organisationId(), engagement.siteId(), set),
                            viewer)
                    .record();
        }
        return records.change(stored.get(), precondition, pattern -> pattern.set(set), viewer);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(RotationPattern pattern) {
        return history.of(pattern);
    }
}

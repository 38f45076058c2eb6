package dev.tandem.stopwork.web;

import dev.tandem.history.Voiding;
import dev.tandem.stopwork.StopWork;
import dev.tandem.stopwork.StopWorkStatus;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the stop-work API sends and receives besides the raise itself. */
final class StopWorkViews {

    private StopWorkViews() {}

    /**
     * A stop as the API shows it. It never carries the initiator's account, person or organisation; their name only to
     * those who may know it (the safety department, the responding manager, the initiator), else null.
     *
     * @param acknowledgedAfterSeconds how long the work waited for an answer, from its raise on the phone
     */
    record StopWorkView(
            UUID id,
            StopWorkStatus status,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            String work,
            String unsafe,
            Instant raisedAt,
            Instant receivedAt,
            Instant acknowledgedAt,
            Long acknowledgedAfterSeconds,
            UUID acknowledgedBy,
            String resolution,
            StopWorkStatus resolvedAs,
            Instant resolvedAt,
            UUID resolvedBy,
            UUID riskId,
            String resumeJustification,
            Instant resumedAt,
            UUID resumedBy,
            String explanation,
            Instant judgedAt,
            UUID judgedBy,
            UUID sourceEventId,
            List<UUID> photoIds,
            String initiatorName,
            Voiding voided) {

        static StopWorkView of(StopWork stop, List<UUID> photoIds, String initiatorName) {
            return new StopWorkView(
                    stop.id(),
                    stop.status(),
                    stop.siteId(),
                    stop.areaId(),
                    stop.organisationId(),
                    stop.work(),
                    stop.unsafe(),
                    stop.raisedAt(),
                    stop.receivedAt(),
                    stop.acknowledgedAt(),
                    stop.acknowledgementTime().map(Duration::toSeconds).orElse(null),
                    stop.acknowledgedBy(),
                    stop.resolution(),
                    stop.resolvedAs(),
                    stop.resolvedAt(),
                    stop.resolvedBy(),
                    stop.riskId(),
                    stop.resumeJustification(),
                    stop.resumedAt(),
                    stop.resumedBy(),
                    stop.explanation(),
                    stop.judgedAt(),
                    stop.judgedBy(),
                    stop.sourceEventId(),
                    photoIds,
                    initiatorName,
                    stop.voided().orElse(null));
        }
    }

    /** What the initiator gets back: enough to know the stop arrived, nothing about who sent it. */
    record StopWorkReceipt(UUID id, StopWorkStatus status, Instant raisedAt, Instant receivedAt) {
        static StopWorkReceipt of(StopWork stop) {
            return new StopWorkReceipt(stop.id(), stop.status(), stop.raisedAt(), stop.receivedAt());
        }
    }

    /** The cause removed: what was done. */
    record ResolveRequest(@Size(max = 4000) String resolution) {}

    /** The cause compensated for: the measures, and the risk of the register they answer to, if one is named. */
    record CompensateRequest(@Size(max = 4000) String resolution, UUID riskId) {}

    /** The risk entered for a compensated stop's measures. */
    record LinkRiskRequest(UUID riskId) {}

    /** Why the work may start again. */
    record ResumeRequest(@Size(max = 4000) String justification) {}

    /** Why the stop was not needed, for its initiator. */
    record JudgeRequest(@Size(max = 4000) String explanation) {}
}

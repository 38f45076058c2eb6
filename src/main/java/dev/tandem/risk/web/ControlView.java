package dev.tandem.risk.web;

import dev.tandem.risk.ControlLevel;
import dev.tandem.risk.Effectiveness;
import dev.tandem.risk.RiskControl;
import java.time.Instant;
import java.util.UUID;

/** A control of a risk as the API shows it. */
record ControlView(
        UUID id,
        UUID riskId,
        ControlLevel level,
        String description,
        UUID ownerPersonId,
        boolean critical,
        String performanceStandard,
        Integer cadenceDays,
        Effectiveness effectiveness,
        Instant lastVerifiedAt,
        Instant dueAt,
        Instant createdAt,
        boolean voided,
        String voidedReason,
        long version) {

    static ControlView of(RiskControl control) {
        return new ControlView(
                control.id(),
                control.riskId(),
                control.level(),
                control.description(),
                control.ownerPersonId(),
                control.critical(),
                control.performanceStandard(),
                control.cadenceDays(),
                control.effectiveness(),
                control.lastVerifiedAt(),
                control.dueAt(),
                control.createdAt(),
                control.isVoided(),
                control.voided().map(voiding -> voiding.reason()).orElse(null),
                control.version());
    }
}

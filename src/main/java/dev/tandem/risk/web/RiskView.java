package dev.tandem.risk.web;

import dev.tandem.risk.Assessment;
import dev.tandem.risk.Band;
import dev.tandem.risk.Risk;
import dev.tandem.risk.RiskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A risk as the API shows it, with every assessment made on it and the matrix version of each. */
record RiskView(
        UUID id,
        String externalId,
        UUID siteId,
        UUID areaId,
        String activity,
        UUID hazardCategoryId,
        String hazard,
        String unwantedEvent,
        String consequence,
        UUID ownerPersonId,
        LocalDate reviewDate,
        boolean fatal,
        RiskStatus status,
        UUID matrixId,
        Integer likelihood,
        Integer severity,
        Band band,
        UUID residualMatrixId,
        Integer residualLikelihood,
        Integer residualSeverity,
        Band residualBand,
        String acceptanceJustification,
        UUID acceptedBy,
        Instant createdAt,
        boolean voided,
        List<Assessment> assessments) {

    static RiskView of(Risk risk) {
        return new RiskView(
                risk.id(),
                risk.externalId(),
                risk.siteId(),
                risk.areaId(),
                risk.activity(),
                risk.hazardCategoryId(),
                risk.hazard(),
                risk.unwantedEvent(),
                risk.consequence(),
                risk.ownerPersonId(),
                risk.reviewDate(),
                risk.fatal(),
                risk.status(),
                risk.matrixId(),
                risk.likelihood(),
                risk.severity(),
                risk.band(),
                risk.residualMatrixId(),
                risk.residualLikelihood(),
                risk.residualSeverity(),
                risk.residualBand(),
                risk.acceptanceJustification(),
                risk.acceptedBy(),
                risk.createdAt(),
                risk.isVoided(),
                risk.assessments());
    }
}

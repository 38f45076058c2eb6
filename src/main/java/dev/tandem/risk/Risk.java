package dev.tandem.risk;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.risk.matrix.RiskMatrix;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A risk of the register: where, what activity, which hazard and unwanted event with what consequence, whose it is.
 * It is IDENTIFIED, then ASSESSED on the matrix; only a residual assessment, made once a compensating measure is
 * verified, makes it MITIGATED or ELIMINATED (eliminated when the residual cell lies in the matrix's lowest band); a
 * director may instead ACCEPT an assessed risk with a written justification. A new inherent assessment starts the path
 * again. Every assessment is kept with the matrix version it was made on.
 */
@Table("risk_entry")
public class Risk extends Voidable {

    /*
     * Spring Data JDBC creates a stored risk with the constructor that takes nothing and sets its fields from the
     * columns, so they are not final: a constructor of every column would list them a third time, beside the fields and
     * the API's view.
     */
    @Id
    private UUID id;

    private String externalId;
    private UUID siteId;
    private UUID areaId;
    private String activity;
    private UUID hazardCategoryId;
    private String hazard;
    private String unwantedEvent;
    private String consequence;
    private UUID ownerPersonId;
    private LocalDate reviewDate;
    private boolean fatal;
    private RiskStatus status;
    private UUID matrixId;
    private Integer likelihood;
    private Integer severity;
    private Band band;
    private UUID residualMatrixId;
    private Integer residualLikelihood;
    private Integer residualSeverity;
    private Band residualBand;
    private String acceptanceJustification;
    private UUID acceptedBy;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private Instant createdAt;

    @KeptOutOfHistory("every assessment is a record of its own, never changed, shown with its matrix version")
    @MappedCollection(idColumn = "risk", keyColumn = "risk_key")
    private List<Assessment> assessments = new ArrayList<>();

    @Version
    private Long version;

    /** A stored risk, as Spring Data JDBC reads it. */
    @PersistenceCreator
    private Risk() {}

    private Risk(UUID id, Instant createdAt) {
        this.id = id;
        this.status = RiskStatus.IDENTIFIED;
        this.createdAt = createdAt;
    }

    /** A new risk, IDENTIFIED, on the site of its area; its references were checked by the caller. */
    static Risk identified(UUID id, IdentifyRisk details, UUID siteId, Instant now) {
        var risk = new Risk(id, now);
        risk.apply(details, siteId);
        return risk;
    }

    /** New details; the assessments stay as they were made. */
    void revise(IdentifyRisk details, UUID site) {
        apply(details, site);
    }

    private void apply(IdentifyRisk details, UUID site) {
        externalId = trimmed(details.externalId());
        siteId = site;
        areaId = details.areaId();
        activity = details.activity().strip();
        hazardCategoryId = details.hazardCategoryId();
        hazard = details.hazard().strip();
        unwantedEvent = details.unwantedEvent().strip();
        consequence = details.consequence().strip();
        ownerPersonId = details.ownerPersonId();
        reviewDate = details.reviewDate();
        fatal = Boolean.TRUE.equals(details.fatal());
    }

    /** The risk as it is, before measures, on the current matrix: ASSESSED, whatever was decided on it before. */
    void assess(RiskMatrix matrix, AssessRisk assessment, Viewer by, Instant at) {
        var assessed = assessed(AssessmentStage.INHERENT, matrix, assessment, by, at);
        matrixId = matrix.id();
        likelihood = assessed.likelihood();
        severity = assessed.severity();
        band = assessed.band();
        clearResidual();
        acceptanceJustification = null;
        acceptedBy = null;
        status = RiskStatus.ASSESSED;
    }

    /**
     * What is left after compensating measures, only once one of them is verified: MITIGATED, or ELIMINATED when the
     * residual cell lies in the matrix's lowest band.
     */
    void assessResidual(RiskMatrix matrix, AssessRisk assessment, boolean measureVerified, Viewer by, Instant at) {
        if (status == RiskStatus.IDENTIFIED) {
            throw new InvalidRequestException("status", "rule.riskNotAssessed");
        }
        if (!measureVerified) {
            throw new InvalidRequestException("likelihood", "rule.residualNeedsVerifiedMeasure");
        }
        var assessed = assessed(AssessmentStage.RESIDUAL, matrix, assessment, by, at);
        residualMatrixId = matrix.id();
        residualLikelihood = assessed.likelihood();
        residualSeverity = assessed.severity();
        residualBand = assessed.band();
        acceptanceJustification = null;
        acceptedBy = null;
        status = residualBand == matrix.lowestBand() ? RiskStatus.ELIMINATED : RiskStatus.MITIGATED;
    }

    /** A director accepts the risk as it stands, in writing; a risk not yet assessed cannot be accepted. */
    void accept(String justification, UUID directorPersonId) {
        if (status == RiskStatus.IDENTIFIED) {
            throw new InvalidRequestException("status", "rule.riskNotAssessed");
        }
        if (status == RiskStatus.ACCEPTED || status == RiskStatus.ELIMINATED) {
            throw new InvalidRequestException("status", "rule.riskStatus", status);
        }
        if (justification == null || justification.isBlank()) {
            throw new InvalidRequestException("justification", "rule.justificationRequired");
        }
        acceptanceJustification = justification.strip();
        acceptedBy = directorPersonId;
        status = RiskStatus.ACCEPTED;
    }

    private Assessment assessed(
            AssessmentStage stage, RiskMatrix matrix, AssessRisk assessment, Viewer by, Instant at) {
        var cellBand = matrix.band(assessment.likelihood(), assessment.severity());
        var made = new Assessment(
                stage,
                matrix.id(),
                assessment.likelihood(),
                assessment.severity(),
                cellBand,
                trimmed(assessment.note()),
                at,
                by.userId(),
                by.displayName());
        assessments.add(made);
        return made;
    }

    private void clearResidual() {
        residualMatrixId = null;
        residualLikelihood = null;
        residualSeverity = null;
        residualBand = null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String recordType() {
        return "risk";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String externalId() {
        return externalId;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID areaId() {
        return areaId;
    }

    public String activity() {
        return activity;
    }

    public UUID hazardCategoryId() {
        return hazardCategoryId;
    }

    public String hazard() {
        return hazard;
    }

    public String unwantedEvent() {
        return unwantedEvent;
    }

    public String consequence() {
        return consequence;
    }

    public UUID ownerPersonId() {
        return ownerPersonId;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public boolean fatal() {
        return fatal;
    }

    public RiskStatus status() {
        return status;
    }

    public UUID matrixId() {
        return matrixId;
    }

    public Integer likelihood() {
        return likelihood;
    }

    public Integer severity() {
        return severity;
    }

    public Band band() {
        return band;
    }

    public UUID residualMatrixId() {
        return residualMatrixId;
    }

    public Integer residualLikelihood() {
        return residualLikelihood;
    }

    public Integer residualSeverity() {
        return residualSeverity;
    }

    public Band residualBand() {
        return residualBand;
    }

    public String acceptanceJustification() {
        return acceptanceJustification;
    }

    /** The director (a person) who accepted it. */
    public UUID acceptedBy() {
        return acceptedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Every assessment, oldest first. */
    public List<Assessment> assessments() {
        return List.copyOf(assessments);
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "externalId", externalId,
                "siteId", siteId,
                "areaId", areaId,
                "activity", activity,
                "hazardCategoryId", hazardCategoryId,
                "hazard", hazard,
                "unwantedEvent", unwantedEvent,
                "consequence", consequence,
                "ownerPersonId", ownerPersonId,
                "reviewDate", reviewDate,
                "fatal", fatal,
                "status", status,
                "matrixId", matrixId,
                "likelihood", likelihood,
                "severity", severity,
                "band", band,
                "residualMatrixId", residualMatrixId,
                "residualLikelihood", residualLikelihood,
                "residualSeverity", residualSeverity,
                "residualBand", residualBand,
                "acceptanceJustification", acceptanceJustification,
                "acceptedBy", acceptedBy);
    }
}

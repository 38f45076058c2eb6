package dev.tandem.risk;

import java.util.UUID;

/**
 * Which risks a list, a heat map or an export selects; what is left out (null) does not filter.
 *
 * @param q a search in the external id, activity, hazard, unwanted event and consequence
 * @param band the band before measures, or after them when {@code stage} is RESIDUAL
 * @param stage which assessment {@code band}, {@code likelihood} and {@code severity} filter: INHERENT when left out
 * @param likelihood with {@code severity}, one cell of the heat map
 * @param dueForReview only those whose review date is today or past
 * @param voided voided ones as well
 */
public record RiskFilter(
        String q,
        UUID siteId,
        UUID areaId,
        UUID hazardCategoryId,
        Band band,
        Boolean fatal,
        RiskStatus status,
        UUID ownerPersonId,
        AssessmentStage stage,
        Integer likelihood,
        Integer severity,
        Boolean dueForReview,
        Boolean voided) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same selection on one site (every site when null). */
    public RiskFilter onSite(UUID site) {
        return with(site, stage, likelihood, severity, voided);
    }

    /** The same selection with no cell chosen: what a heat map counts. */
    public RiskFilter anyCell() {
        return with(siteId, stage, null, null, voided);
    }

    /** The same selection at one stage: the heat map before or after measures. */
    public RiskFilter atStage(AssessmentStage chosen) {
        return with(siteId, chosen, likelihood, severity, voided);
    }

    /** The same selection, voided risks included. */
    public RiskFilter withVoided() {
        return with(siteId, stage, likelihood, severity, true);
    }

    /** A copy that differs in the fields the selections above change. */
    private RiskFilter with(
            UUID site, AssessmentStage atStage, Integer inLikelihood, Integer inSeverity, Boolean orVoided) {
        return new RiskFilter(
                q,
                site,
                areaId,
                hazardCategoryId,
                band,
                fatal,
                status,
                ownerPersonId,
                atStage,
                inLikelihood,
                inSeverity,
                dueForReview,
                orVoided);
    }

    boolean residual() {
        return stage == AssessmentStage.RESIDUAL;
    }
}

package dev.tandem.risk.sheet;

import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.shared.imports.SheetColumn;
import java.util.Locale;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The columns of the register as a spreadsheet holds it: the one definition that the export, the template and the
 * import share. A column an import reads carries what a person enters (names, not ids); the others (status, bands,
 * residual assessment, voided) are written by the export for reading and left alone by an import.
 */
public enum RiskColumn implements SheetColumn {
    EXTERNAL_ID("externalId", true),
    SITE("site", true),
    AREA("area", true),
    ACTIVITY("activity", true),
    CATEGORY("category", true),
    HAZARD("hazard", true),
    UNWANTED_EVENT("unwantedEvent", true),
    CONSEQUENCE("consequence", true),
    OWNER("owner", true),
    REVIEW_DATE("reviewDate", true),
    FATAL("fatal", true),
    STATUS("status", false),
    LIKELIHOOD("likelihood", true),
    SEVERITY("severity", true),
    BAND("band", false),
    RESIDUAL_LIKELIHOOD("residualLikelihood", false),
    RESIDUAL_SEVERITY("residualSeverity", false),
    RESIDUAL_BAND("residualBand", false),
    VOIDED("voided", false);

    private final String key;
    private final boolean imported;

    RiskColumn(String key, boolean imported) {
        this.key = key;
        this.imported = imported;
    }

    /** The column's name in an error report, and the end of its header's message code. */
    @Override
    public String key() {
        return key;
    }

    /** Whether an import reads it; the others are for reading only. */
    @Override
    public boolean imported() {
        return imported;
    }

    @Override
    public String headerCode() {
        return this == VOIDED ? "record.voidedColumn" : "risk." + key;
    }

    /**
     * The cell of a risk in this column: text, a number, a date, a boolean (yes or no) or a label to show in the
     * reader's language, as {@code shared.web.Spreadsheets} writes them.
     */
    public Object value(RiskRow row, Locale locale) {
        return switch (this) {
            case EXTERNAL_ID -> row.externalId();
            case SITE -> row.siteName();
            case AREA -> row.areaName();
            case ACTIVITY -> row.activity();
            case CATEGORY -> row.category(locale);
            case HAZARD -> row.hazard();
            case UNWANTED_EVENT -> row.unwantedEvent();
            case CONSEQUENCE -> row.consequence();
            case OWNER -> row.ownerName();
            case REVIEW_DATE -> row.reviewDate();
            case FATAL -> row.fatal();
            case STATUS -> label("risk.status." + row.status());
            case LIKELIHOOD -> row.likelihood();
            case SEVERITY -> row.severity();
            case BAND -> row.band() == null ? null : label("risk.band." + row.band());
            case RESIDUAL_LIKELIHOOD -> row.residualLikelihood();
            case RESIDUAL_SEVERITY -> row.residualSeverity();
            case RESIDUAL_BAND -> row.residualBand() == null ? null : label("risk.band." + row.residualBand());
            case VOIDED -> row.voided();
        };
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}

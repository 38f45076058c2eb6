package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cause on the cause chart, with the evidence that it happened, or none: then it is marked unverified ("?") until the
 * team finds some.
 */
@Table("investigation_chart_cause")
public record ChartCause(
        @KeptOutOfHistory("what the chart's links name; a cause reads by its text and evidence") UUID id,
        String cause,
        String evidence) {

    public boolean verified() {
        return evidence != null && !evidence.isBlank();
    }
}

package dev.tandem.investigation;

import dev.tandem.history.KeptOutOfHistory;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An arrow of the cause chart: the cause brought about the effect (another cause of the chart, or the investigated
 * problem itself when {@code effectId} is null).
 */
@Table("investigation_chart_link")
public record ChartLink(
        @KeptOutOfHistory("the chart's causes, read by their text on the chart and in the history of the causes")
                UUID causeId,
        @KeptOutOfHistory("likewise") UUID effectId) {}

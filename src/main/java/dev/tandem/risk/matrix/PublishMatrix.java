package dev.tandem.risk.matrix;

import dev.tandem.risk.Band;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new version of the risk matrix to publish: its levels with their labels, and the band of every cell.
 *
 * @param bands one row per likelihood level (lowest first), each with the band of every severity level (lowest first)
 */
public record PublishMatrix(
        @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Level> likelihoods,
        @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid Level> severities,
        @NotNull @Size(min = 2, max = 10) List<@NotEmpty @Size(max = 10) List<@NotNull Band>> bands) {

    /** A level's label in English and Russian. */
    public record Level(@NotBlank @Size(max = 60) String en, @NotBlank @Size(max = 60) String ru) {}

    /** A copy of a published version, to change and publish anew. */
    public static PublishMatrix copyOf(RiskMatrix matrix) {
        var rows = new java.util.ArrayList<List<Band>>();
        for (int likelihood = 1; likelihood <= matrix.likelihoodLevels(); likelihood++) {
            var row = new java.util.ArrayList<Band>();
            for (int severity = 1; severity <= matrix.severityLevels(); severity++) {
                row.add(matrix.band(likelihood, severity));
            }
            rows.add(row);
        }
        return new PublishMatrix(levels(matrix.likelihoods()), levels(matrix.severities()), rows);
    }

    private static List<Level> levels(List<RiskMatrix.Label> labels) {
        return labels.stream().map(label -> new Level(label.en(), label.ru())).toList();
    }
}

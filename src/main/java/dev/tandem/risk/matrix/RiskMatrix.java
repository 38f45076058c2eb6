package dev.tandem.risk.matrix;

import dev.tandem.risk.Band;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One published version of the likelihood × severity matrix: a label per level in English and Russian and a band for
 * every cell, so that cells of the same product may lie in different bands. A version never changes once published.
 *
 * @param bands the band of each cell, likelihood-major: cell (l, s) at {@code (l - 1) * severityLevels + s - 1}
 */
public record RiskMatrix(
        UUID id,
        int number,
        List<Label> likelihoods,
        List<Label> severities,
        List<Band> bands,
        Instant publishedAt,
        String publishedByName) {

    /** A level's name in both languages. */
    public record Label(String en, String ru) {

        public String in(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? ru : en;
        }
    }

    public RiskMatrix {
        likelihoods = List.copyOf(likelihoods);
        severities = List.copyOf(severities);
        bands = List.copyOf(bands);
    }

    public int likelihoodLevels() {
        return likelihoods.size();
    }

    public int severityLevels() {
        return severities.size();
    }

    /** The band of a cell; fails on the field that lies outside the matrix. */
    public Band band(int likelihood, int severity) {
        requireCell(likelihood, severity);
        return bands.get((likelihood - 1) * severityLevels() + severity - 1);
    }

    /** Whether the cell lies within the matrix. */
    public boolean contains(int likelihood, int severity) {
        return likelihood >= 1 && likelihood <= likelihoodLevels() && severity >= 1 && severity <= severityLevels();
    }

    public void requireCell(int likelihood, int severity) {
        if (likelihood < 1 || likelihood > likelihoodLevels()) {
            throw new InvalidRequestException("likelihood", "rule.outsideMatrix", likelihoodLevels());
        }
        if (severity < 1 || severity > severityLevels()) {
            throw new InvalidRequestException("severity", "rule.outsideMatrix", severityLevels());
        }
    }

    /** The lowest band any cell lies in: a residual risk there is eliminated. */
    public Band lowestBand() {
        return bands.stream().min(Comparator.naturalOrder()).orElse(Band.LOW);
    }

    /** The rows of the matrix as drawn, highest likelihood first. */
    public List<Integer> likelihoodsDescending() {
        return java.util.stream.IntStream.rangeClosed(1, likelihoodLevels())
                .map(level -> likelihoodLevels() + 1 - level)
                .boxed()
                .toList();
    }

    public List<Integer> severityLevelsAscending() {
        return java.util.stream.IntStream.rangeClosed(1, severityLevels())
                .boxed()
                .toList();
    }
}

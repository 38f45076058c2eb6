package dev.tandem.risk.web;

import dev.tandem.risk.Band;
import dev.tandem.risk.matrix.PublishMatrix;
import dev.tandem.risk.matrix.PublishMatrix.Level;
import dev.tandem.risk.matrix.RiskMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix page's form: the labels of every level and the band of every cell of a copy of the current version, the
 * cells in the order the page draws them (highest likelihood first, severity ascending).
 */
record MatrixForm(
        List<String> likelihoodEn,
        List<String> likelihoodRu,
        List<String> severityEn,
        List<String> severityRu,
        List<Band> cells) {

    static MatrixForm copyOf(RiskMatrix matrix) {
        var cells = new ArrayList<Band>();
        for (int likelihood : matrix.likelihoodsDescending()) {
            for (int severity : matrix.severityLevelsAscending()) {
                cells.add(matrix.band(likelihood, severity));
            }
        }
        return new MatrixForm(
                matrix.likelihoods().stream().map(RiskMatrix.Label::en).toList(),
                matrix.likelihoods().stream().map(RiskMatrix.Label::ru).toList(),
                matrix.severities().stream().map(RiskMatrix.Label::en).toList(),
                matrix.severities().stream().map(RiskMatrix.Label::ru).toList(),
                cells);
    }

    /** The command to publish; a form whose lists do not fit together makes a command the matrices refuse. */
    PublishMatrix command() {
        var likelihoods = levels(likelihoodEn, likelihoodRu);
        var severities = levels(severityEn, severityRu);
        var rows = new ArrayList<List<Band>>();
        var drawn = cells == null ? List.<Band>of() : cells;
        int width = severities.size();
        for (int start = 0; width > 0 && start < drawn.size(); start += width) {
            rows.add(0, new ArrayList<>(drawn.subList(start, Math.min(start + width, drawn.size()))));
        }
        return new PublishMatrix(likelihoods, severities, rows);
    }

    private static List<Level> levels(List<String> en, List<String> ru) {
        var english = en == null ? List.<String>of() : en;
        var russian = ru == null ? List.<String>of() : ru;
        var levels = new ArrayList<Level>();
        for (int i = 0; i < Math.max(english.size(), russian.size()); i++) {
            levels.add(new Level(i < english.size() ? english.get(i) : "", i < russian.size() ? russian.get(i) : ""));
        }
        return levels;
    }
}

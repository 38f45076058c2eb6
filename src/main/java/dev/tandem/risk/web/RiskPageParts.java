package dev.tandem.risk.web;

import dev.tandem.risk.AssessmentStage;
import dev.tandem.risk.Band;
import dev.tandem.risk.Risk;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.risk.matrix.RiskMatrix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The parts of a risk's page read from elsewhere: each assessment with the labels of the matrix it was made on. */
@Component
class RiskPageParts {

    private final RiskMatrices matrices;

    RiskPageParts(RiskMatrices matrices) {
        this.matrices = matrices;
    }

    /** An assessment as its page shows it: on its own matrix version, with that version's labels. */
    record AssessmentLine(
            AssessmentStage stage,
            int matrixNumber,
            int likelihood,
            String likelihoodLabel,
            int severity,
            String severityLabel,
            Band band,
            String note,
            Instant assessedAt,
            String assessedName) {}

    /** Every assessment, newest first. */
    void assessments(Risk risk, Model model, Locale locale) {
        var versions = new HashMap<UUID, RiskMatrix>();
        var lines = new ArrayList<AssessmentLine>();
        for (var assessment : risk.assessments()) {
            var matrix = versions.computeIfAbsent(assessment.matrixId(), matrices::version);
            lines.add(
                    0,
                    new AssessmentLine(
                            assessment.stage(),
                            matrix.number(),
                            assessment.likelihood(),
                            matrix.likelihoods()
                                    .get(assessment.likelihood() - 1)
                                    .in(locale),
                            assessment.severity(),
                            matrix.severities().get(assessment.severity() - 1).in(locale),
                            assessment.band(),
                            assessment.note(),
                            assessment.assessedAt(),
                            assessment.assessedName()));
        }
        model.addAttribute("assessments", lines);
    }
}

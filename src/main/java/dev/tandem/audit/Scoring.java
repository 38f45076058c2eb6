package dev.tandem.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The one formula of a checklist's score, for every figure that shows one: an inspection's percentage is its points
 * divided by the points possible, over the scored questions that apply. A question applies when it is shown (its
 * condition holds) and its answer is not "not applicable"; its points are the answer's score times the question's
 * weight, and its possible points its highest score times its weight. A question left unanswered earns nothing of
 * what it could. The page of a template shows this formula in words ({@code audit.formula}).
 */
public final class Scoring {

    private Scoring() {}

    /** The score of the answers given, by question name, to the questions of one version of a checklist. */
    public static Score of(List<Question> questions, Map<String, ?> answers) {
        var points = BigDecimal.ZERO;
        var possible = BigDecimal.ZERO;
        for (var question : questions) {
            if (!question.scored() || !ChecklistLogic.holds(question.showWhen(), answers)) {
                continue;
            }
            var answer = question.choice(answers.get(question.name()));
            if (answer.isPresent() && answer.get().notApplicable()) {
                continue;
            }
            possible = possible.add(question.highestScore().multiply(question.weight()));
            if (answer.isPresent()) {
                points = points.add(answer.get().score().multiply(question.weight()));
            }
        }
        return new Score(points, possible);
    }

    /**
     * The score of several inspections together, as every figure over many shows it: all their points over all their
     * possible points, by the same formula (not a mean of their percentages, which would weigh a short checklist as
     * much as a long one).
     */
    public static Score total(BigDecimal points, BigDecimal possible) {
        return new Score(points == null ? BigDecimal.ZERO : points, possible == null ? BigDecimal.ZERO : possible);
    }

    /**
     * Points earned and possible.
     *
     * @param percentage points ÷ possible × 100 to one decimal; null when nothing could be earned
     */
    public record Score(BigDecimal points, BigDecimal possible, BigDecimal percentage) {

        /** No score yet: an inspection still open. */
        static final Score NONE = new Score(null, null, null);

        Score(BigDecimal points, BigDecimal possible) {
            this(
                    points,
                    possible,
                    possible.signum() <= 0
                            ? null
                            : points.multiply(BigDecimal.valueOf(100)).divide(possible, 1, RoundingMode.HALF_UP));
        }
    }
}

package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one scoring formula: points ÷ possible points of the scored questions that apply, each answer's score times its
 * question's weight; not-applicable answers and hidden questions left out, negative scores counted.
 */
class ScoringTests {

    private static Question yesNo(String name, String weight) {
        return new Question(
                name,
                QuestionType.YES_NO,
                null,
                null,
                name,
                name,
                true,
                null,
                null,
                new BigDecimal(weight),
                null,
                null,
                null,
                null,
                null);
    }

    private static Question condition(String name, String showWhen) {
        return new Question(
                name,
                QuestionType.YES_NO,
                null,
                null,
                name,
                name,
                true,
                null,
                null,
                BigDecimal.ONE,
                null,
                JsonMapper.shared().readTree(showWhen),
                null,
                null,
                null);
    }

    /** Housekeeping graded good 2, fair 0, poor -2 (a negative score), with a not-applicable answer. */
    private static Question graded(String name, String weight) {
        return new Question(
                name,
                QuestionType.CHOICE,
                null,
                null,
                name,
                name,
                false,
                null,
                null,
                new BigDecimal(weight),
                List.of(
                        new Choice("good", "Good", "Хорошо", new BigDecimal("2")),
                        new Choice("fair", "Fair", "Удовлетворительно", BigDecimal.ZERO),
                        new Choice("poor", "Poor", "Плохо", new BigDecimal("-2")),
                        new Choice("na", "N/A", "Н/П", null)),
                null,
                null,
                null,
                null);
    }

    @Test
    void eachAnswerEarnsItsScoreTimesItsQuestionsWeightOfItsHighestScoreTimesTheWeight() {
        var questions = List.of(yesNo("latches", "3"), yesNo("guards", "1"));

        assertScore(Scoring.of(questions, Map.of("latches", "yes", "guards", "no")), "3", "4", "75.0");
    }

    @Test
    void aNotApplicableAnswerLeavesItsQuestionOutOfBothPointsAndPossiblePoints() {
        var questions = List.of(yesNo("latches", "1"), graded("housekeeping", "2"));

        assertScore(Scoring.of(questions, Map.of("latches", "yes", "housekeeping", "fair")), "1", "5", "20.0");
        assertScore(Scoring.of(questions, Map.of("latches", "yes", "housekeeping", "na")), "1", "1", "100.0");
        assertScore(Scoring.of(questions, Map.of("latches", "na", "housekeeping", "good")), "4", "4", "100.0");
    }

    @Test
    void aNegativeScoreTakesPointsAwayAndMayMakeTheScoreNegative() {
        var questions = List.of(yesNo("latches", "1"), graded("housekeeping", "2"));

        assertScore(Scoring.of(questions, Map.of("latches", "no", "housekeeping", "poor")), "-4", "5", "-80.0");
    }

    @Test
    void aHiddenQuestionDoesNotApplyAndAnUnansweredShownOneEarnsNothingOfWhatItCould() {
        var questions =
                List.of(yesNo("lifting", "1"), condition("latches", "{\"==\": [{\"var\": \"lifting\"}, \"yes\"]}"));

        assertScore(Scoring.of(questions, Map.of("lifting", "no")), "0", "1", "0.0");
        assertScore(Scoring.of(questions, Map.of("lifting", "yes")), "1", "2", "50.0");
    }

    @Test
    void questionsWithoutScoresCountForNothingAndNothingPossibleHasNoPercentage() {
        var number = new Question(
                "load",
                QuestionType.NUMBER,
                null,
                null,
                "Load",
                "Груз",
                true,
                BigDecimal.ZERO,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                null,
                null);

        var score = Scoring.of(List.of(number, yesNo("latches", "0")), Map.of("load", 5, "latches", "yes"));

        assertThat(score.possible()).isEqualByComparingTo("0");
        assertThat(score.percentage()).isNull();
    }

    private static void assertScore(Scoring.Score score, String points, String possible, String percentage) {
        assertThat(score.points()).as("points").isEqualByComparingTo(points);
        assertThat(score.possible()).as("possible points").isEqualByComparingTo(possible);
        assertThat(score.percentage()).as("percentage").isEqualByComparingTo(percentage);
    }
}

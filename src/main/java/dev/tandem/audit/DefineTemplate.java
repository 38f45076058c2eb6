package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * A checklist's title page and questions, as its author writes them.
 *
 * @param siteId the site it is for; null for every site
 */
@NamedInterface("inspections")
public record DefineTemplate(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        UUID siteId,
        @NotNull @Size(max = 500) @Valid List<Question> questions) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public DefineTemplate {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * The rules across the questions: names that a condition can call (lower-case letters, digits and underscores,
     * each once), limits in order, lists where answers are chosen, and conditions in the subset both evaluators know
     * that name only questions of this checklist.
     *
     * @throws InvalidRequestException naming the first field that breaks one, such as {@code questions[2].showWhen}
     */
    void check() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** Every field that breaks a rule of {@link #check}, in order: for a spreadsheet, whose every wrong cell is named. */
    List<InvalidRequestException> problems() {
        var problems = new ArrayList<InvalidRequestException>();
        var names = new HashSet<String>();
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            var field = "questions[" + i + "].";
            if (question == null) {
                problems.add(new InvalidRequestException("questions[" + i + "]", "rule.audit.questionMissing"));
            } else if (!NAME.matcher(question.name()).matches()) {
                problems.add(new InvalidRequestException(field + "name", "rule.audit.questionName"));
            } else if (!names.add(question.name())) {
                problems.add(
                        new InvalidRequestException(field + "name", "rule.audit.questionNameTwice", question.name()));
            }
            if (question != null) {
                collect(problems, () -> checkAnswers(question, field));
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            if (question == null) {
                continue;
            }
            var field = "questions[" + i + "].";
            collect(problems, () -> ChecklistLogic.check(question.showWhen(), names, field + "showWhen"));
            collect(problems, () -> ChecklistLogic.check(question.requireNoteWhen(), names, field + "requireNoteWhen"));
            collect(
                    problems,
                    () -> ChecklistLogic.check(question.requirePhotoWhen(), names, field + "requirePhotoWhen"));
            collect(
                    problems,
                    () -> ChecklistLogic.check(question.requireActionWhen(), names, field + "requireActionWhen"));
        }
        return problems;
    }

    private static void collect(List<InvalidRequestException> problems, Runnable check) {
        try {
            check.run();
        } catch (InvalidRequestException broken) {
            problems.add(broken);
        }
    }

    private static void checkAnswers(Question question, String field) {
        if (question.type() == QuestionType.CHOICE && question.choices().size() < 2) {
            throw new InvalidRequestException(field + "choices", "rule.audit.twoChoices");
        }
        if (!question.type().chosen() && !question.choices().isEmpty()) {
            throw new InvalidRequestException(field + "choices", "rule.audit.noChoices");
        }
        var values = new HashSet<String>();
        for (var choice : question.choices()) {
            if (!values.add(choice.value())) {
                throw new InvalidRequestException(field + "choices", "rule.audit.choiceTwice", choice.value());
            }
        }
        if (question.type() != QuestionType.NUMBER && (question.minimum() != null || question.maximum() != null)) {
            throw new InvalidRequestException(field + "minimum", "rule.audit.limitsForNumbers");
        }
        if (question.minimum() != null
                && question.maximum() != null
                && question.minimum().compareTo(question.maximum()) > 0) {
            throw new InvalidRequestException(field + "maximum", "rule.audit.limitsInOrder");
        }
    }
}

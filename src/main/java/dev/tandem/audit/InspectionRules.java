package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How an inspection's answers are checked against their questions: a choice from the list, a number within its limits,
 * a date, a text of bounded length; a photo or a signature only by its picture. Every refusal names the question by
 * its label in the reader's language, on the field {@code answers.<name>}.
 */
final class InspectionRules {

    static final int MAX_TEXT = 4000;

    private InspectionRules() {}

    static Question question(TemplateVersion version, String name) {
        return version.questions().stream()
                .filter(question -> question.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("answers." + name, "rule.audit.noSuchQuestion", name));
    }

    /**
     * Answers and notes by question name, each checked against its question: the answers as they are kept (null to
     * clear one), or a refusal naming the first that is not taken, so that all of them are taken or none.
     */
    static Map<String, String> checked(TemplateVersion version, Map<String, String> given, Map<String, String> notes) {
        var checked = new LinkedHashMap<String, String>();
        given.forEach((name, value) -> checked.put(name, checked(version, name, value)));
        notes.forEach((name, note) -> {
            question(version, name);
            if (note != null && note.length() > MAX_TEXT) {
                throw new InvalidRequestException("notes." + name, "rule.audit.tooLong", MAX_TEXT);
            }
        });
        return checked;
    }

    /** The answer as it is kept, or null to clear it; one its question does not take is refused. */
    static String checked(TemplateVersion version, String name, String given) {
        var question = question(version, name);
        if (given == null || given.isBlank()) {
            return null;
        }
        var value = given.strip();
        var field = "answers." + name;
        var label = label(question);
        switch (question.type()) {
            case YES_NO, CHOICE -> {
                if (question.choice(value).isEmpty()) {
                    throw new InvalidRequestException(field, "rule.audit.notAChoice", label, value);
                }
            }
            case NUMBER -> {
                var number = number(value)
                        .orElseThrow(() -> new InvalidRequestException(field, "rule.audit.answerNotANumber", label));
                if ((question.minimum() != null && number.compareTo(question.minimum()) < 0)
                        || (question.maximum() != null && number.compareTo(question.maximum()) > 0)) {
                    throw new InvalidRequestException(
                            field,
                            "rule.audit.outsideLimits",
                            label,
                            question.minimum() == null
                                    ? "—"
                                    : question.minimum().toPlainString(),
                            question.maximum() == null
                                    ? "—"
                                    : question.maximum().toPlainString());
                }
                return number.toPlainString();
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException notADate) {
                    throw new InvalidRequestException(field, "rule.audit.answerNotADate", label);
                }
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new InvalidRequestException(field, "rule.audit.tooLong", MAX_TEXT);
                }
            }
            case PHOTO, SIGNATURE -> throw new InvalidRequestException(field, "rule.audit.answerByPicture", label);
        }
        return value;
    }

    /** The answers by question name as conditions and the score read them: numbers as numbers. */
    static Map<String, Object> values(TemplateVersion version, List<InspectionAnswer> answers) {
        var values = new HashMap<String, Object>();
        for (var answer : answers) {
            var question = version.questions().stream()
                    .filter(q -> q.name().equals(answer.question()))
                    .findFirst();
            if (question.isEmpty()) {
                continue;
            }
            if (question.get().type() == QuestionType.PHOTO || question.get().type() == QuestionType.SIGNATURE) {
                if (answer.photoId() != null) {
                    values.put(answer.question(), answer.photoId().toString());
                }
            } else if (answer.answer() != null) {
                values.put(
                        answer.question(),
                        question.get().type() == QuestionType.NUMBER
                                ? number(answer.answer()).orElse(null)
                                : answer.answer());
            }
        }
        return values;
    }

    /**
     * Refuses completion naming the first shown question that lacks a required answer, or a note, photo or action its
     * conditions require.
     */
    static void requireComplete(
            TemplateVersion version,
            Map<String, Object> values,
            List<InspectionAnswer> answers,
            List<Finding> findings) {
        for (var question : version.questions()) {
            if (!ChecklistLogic.holds(question.showWhen(), values)) {
                continue;
            }
            var field = "answers." + question.name();
            var answer = answers.stream()
                    .filter(a -> a.question().equals(question.name()))
                    .findFirst();
            if (question.required() && !values.containsKey(question.name())) {
                throw new InvalidRequestException(field, "rule.audit.answerRequired", label(question));
            }
            if (question.requireNoteWhen() != null
                    && ChecklistLogic.holds(question.requireNoteWhen(), values)
                    && answer.map(InspectionAnswer::note).isEmpty()) {
                throw new InvalidRequestException(field, "rule.audit.noteRequired", label(question));
            }
            if (question.requirePhotoWhen() != null
                    && ChecklistLogic.holds(question.requirePhotoWhen(), values)
                    && answer.map(InspectionAnswer::photoId).isEmpty()) {
                throw new InvalidRequestException(field, "rule.audit.photoRequired", label(question));
            }
            if (question.requireActionWhen() != null
                    && ChecklistLogic.holds(question.requireActionWhen(), values)
                    && findings.stream().noneMatch(finding -> finding.question().equals(question.name()))) {
                throw new InvalidRequestException(field, "rule.audit.actionRequired", label(question));
            }
        }
    }

    /** Every question of the version as it stands with these answers and findings. */
    static List<QuestionState> states(
            TemplateVersion version,
            Map<String, Object> values,
            List<InspectionAnswer> answers,
            List<Finding> findings) {
        return version.questions().stream()
                .map(question -> {
                    var answer = answers.stream()
                            .filter(a -> a.question().equals(question.name()))
                            .findFirst()
                            .orElse(null);
                    var finding = findings.stream()
                            .filter(f -> f.question().equals(question.name()))
                            .findFirst()
                            .orElse(null);
                    var needsAction = question.requireActionWhen() != null
                            && ChecklistLogic.holds(question.requireActionWhen(), values);
                    return new QuestionState(
                            question,
                            ChecklistLogic.holds(question.showWhen(), values),
                            answer,
                            finding,
                            needsAction || failed(question, values.get(question.name())),
                            question.requireNoteWhen() != null
                                    && ChecklistLogic.holds(question.requireNoteWhen(), values),
                            question.requirePhotoWhen() != null
                                    && ChecklistLogic.holds(question.requirePhotoWhen(), values),
                            needsAction);
                })
                .toList();
    }

    /** Whether an answer failed: a scored choice below its question's highest score. */
    static boolean failed(Question question, Object value) {
        if (!question.scored()) {
            return false;
        }
        return question.choice(value)
                .filter(choice -> !choice.notApplicable())
                .map(choice -> choice.score().compareTo(question.highestScore()) < 0)
                .orElse(false);
    }

    private static java.util.Optional<BigDecimal> number(String value) {
        try {
            return java.util.Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private static String label(Question question) {
        return question.label(LocaleContextHolder.getLocale());
    }
}

package dev.tandem.audit.web;

import dev.tandem.audit.ChoiceLines;
import dev.tandem.audit.ConditionExpressions;
import dev.tandem.audit.Question;
import dev.tandem.audit.QuestionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * A question added on a template's page: its answers as lines of text, its conditions as a spreadsheet's author writes
 * them ({@code ${latches} = 'no' and ${load} > 5}) or as JSON Logic.
 */
record QuestionForm(
        @NotBlank @Size(max = 64) String name,
        @NotNull QuestionType type,
        @Size(max = 200) String sectionEn,
        @Size(max = 200) String sectionRu,
        @NotBlank @Size(max = 500) String labelEn,
        @NotBlank @Size(max = 500) String labelRu,
        Boolean required,
        BigDecimal minimum,
        BigDecimal maximum,
        BigDecimal weight,
        @Size(max = 4000) String choices,
        @Size(max = 4000) String showWhen,
        @Size(max = 4000) String requireNoteWhen,
        @Size(max = 4000) String requirePhotoWhen,
        @Size(max = 4000) String requireActionWhen) {

    static QuestionForm blank() {
        return new QuestionForm(
                "", QuestionType.YES_NO, "", "", "", "", true, null, null, BigDecimal.ONE, "", "", "", "", "");
    }

    Question question() {
        return new Question(
                name.strip(),
                type,
                sectionEn,
                sectionRu,
                labelEn,
                labelRu,
                Boolean.TRUE.equals(required),
                minimum,
                maximum,
                weight,
                ChoiceLines.parse(choices, "choices"),
                condition(showWhen, "showWhen"),
                condition(requireNoteWhen, "requireNoteWhen"),
                condition(requirePhotoWhen, "requirePhotoWhen"),
                condition(requireActionWhen, "requireActionWhen"));
    }

    private static JsonNode condition(String text, String field) {
        return ConditionExpressions.parse(text, field);
    }
}

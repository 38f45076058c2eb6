package dev.tandem.audit.web;

import dev.tandem.audit.ChoiceLines;
import dev.tandem.audit.Question;
import dev.tandem.audit.QuestionType;
import dev.tandem.shared.InvalidRequestException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A question added on a template's page: its answers as lines of text, its conditions as JSON Logic text. */
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
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JsonMapper.shared().readTree(text);
        } catch (JacksonException notJson) {
            throw new InvalidRequestException(field, "rule.audit.conditionForm");
        }
    }
}

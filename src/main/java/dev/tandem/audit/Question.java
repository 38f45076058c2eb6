package dev.tandem.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.JsonNode;

/**
 * A question of a checklist as it is defined and published: its name (what conditions call it by), what it asks for,
 * its labels in both languages, its section, the answers it takes and their scores, its weight, and its conditions in
 * JSON Logic over the answers by question name: when it is shown, and when its answer requires a note, a photo or an
 * action.
 *
 * @param weight multiplies the answer's score; 1 when not given
 * @param choices the answers of a yes/no or list question; a yes/no question without them gets yes 1, no 0 and not
 *     applicable
 */
@NamedInterface("inspections")
public record Question(
        @NotBlank @Size(max = 64) String name,
        @NotNull QuestionType type,
        @Size(max = 200) String sectionEn,
        @Size(max = 200) String sectionRu,
        @NotBlank @Size(max = 500) String labelEn,
        @NotBlank @Size(max = 500) String labelRu,
        boolean required,
        BigDecimal minimum,
        BigDecimal maximum,
        @DecimalMin("0") BigDecimal weight,
        @Valid List<Choice> choices,
        JsonNode showWhen,
        JsonNode requireNoteWhen,
        JsonNode requirePhotoWhen,
        JsonNode requireActionWhen) {

    public Question {
        weight = weight == null ? BigDecimal.ONE : weight;
        choices = choices == null || choices.isEmpty()
                ? (type == null ? List.of() : type.defaultChoices())
                : List.copyOf(choices);
        showWhen = absentIfNull(showWhen);
        requireNoteWhen = absentIfNull(requireNoteWhen);
        requirePhotoWhen = absentIfNull(requirePhotoWhen);
        requireActionWhen = absentIfNull(requireActionWhen);
    }

    /** A JSON {@code null} is no condition at all. */
    private static JsonNode absentIfNull(JsonNode condition) {
        return condition == null || condition.isNull() || condition.isMissingNode() ? null : condition;
    }

    public String label(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? labelRu : labelEn;
    }

    public String section(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? sectionRu : sectionEn;
    }

    /**
     * Its conditions as a spreadsheet's author writes them ({@code ${latches} = 'no'}), by kind: {@code showWhen},
     * {@code requireNoteWhen}, {@code requirePhotoWhen}, {@code requireActionWhen}; those it has, in that order.
     */
    public java.util.Map<String, String> conditions() {
        var conditions = new java.util.LinkedHashMap<String, String>();
        conditions.put("showWhen", ConditionExpressions.print(showWhen));
        conditions.put("requireNoteWhen", ConditionExpressions.print(requireNoteWhen));
        conditions.put("requirePhotoWhen", ConditionExpressions.print(requirePhotoWhen));
        conditions.put("requireActionWhen", ConditionExpressions.print(requireActionWhen));
        conditions.values().removeIf(java.util.Objects::isNull);
        return conditions;
    }

    /** Whether its answers carry scores: a yes/no or list question with at least one scored answer. */
    public boolean scored() {
        return type.chosen() && choices.stream().anyMatch(choice -> !choice.notApplicable());
    }

    /** The highest score among its answers: what an answer may earn before the weight. */
    public BigDecimal highestScore() {
        return choices.stream()
                .map(Choice::score)
                .filter(score -> score != null)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    /** The answer of its list given by value, if it is one. */
    public Optional<Choice> choice(Object answer) {
        if (answer == null) {
            return Optional.empty();
        }
        var value = answer.toString();
        return choices.stream().filter(choice -> choice.value().equals(value)).findFirst();
    }
}

package dev.tandem.audit;

import dev.tandem.history.Recorded;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A question of a template's draft as it is stored: its answers as lines of text, its conditions as JSON text. */
@Table("audit_template_question")
class TemplateQuestion {

    private final String name;
    private final QuestionType type;
    private final String sectionEn;
    private final String sectionRu;
    private final String labelEn;
    private final String labelRu;
    private final boolean required;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final BigDecimal weight;
    private final String choices;
    private final String showWhen;
    private final String requireNoteWhen;
    private final String requirePhotoWhen;
    private final String requireActionWhen;

    @PersistenceCreator
    TemplateQuestion(
            String name,
            QuestionType type,
            String sectionEn,
            String sectionRu,
            String labelEn,
            String labelRu,
            boolean required,
            BigDecimal minimum,
            BigDecimal maximum,
            BigDecimal weight,
            String choices,
            String showWhen,
            String requireNoteWhen,
            String requirePhotoWhen,
            String requireActionWhen) {
        this.name = name;
        this.type = type;
        this.sectionEn = sectionEn;
        this.sectionRu = sectionRu;
        this.labelEn = labelEn;
        this.labelRu = labelRu;
        this.required = required;
        this.minimum = minimum;
        this.maximum = maximum;
        this.weight = weight;
        this.choices = choices;
        this.showWhen = showWhen;
        this.requireNoteWhen = requireNoteWhen;
        this.requirePhotoWhen = requirePhotoWhen;
        this.requireActionWhen = requireActionWhen;
    }

    static TemplateQuestion of(Question question) {
        return new TemplateQuestion(
                question.name(),
                question.type(),
                blankless(question.sectionEn()),
                blankless(question.sectionRu()),
                question.labelEn().strip(),
                question.labelRu().strip(),
                question.required(),
                question.minimum(),
                question.maximum(),
                question.weight(),
                question.type().chosen() ? ChoiceLines.format(question.choices()) : null,
                text(question.showWhen()),
                text(question.requireNoteWhen()),
                text(question.requirePhotoWhen()),
                text(question.requireActionWhen()));
    }

    Question definition() {
        return new Question(
                name,
                type,
                sectionEn,
                sectionRu,
                labelEn,
                labelRu,
                required,
                minimum,
                maximum,
                weight,
                ChoiceLines.parse(choices, "choices"),
                json(showWhen),
                json(requireNoteWhen),
                json(requirePhotoWhen),
                json(requireActionWhen));
    }

    Map<String, Object> snapshot() {
        return Recorded.fields(
                "name", name,
                "type", type,
                "sectionEn", sectionEn,
                "sectionRu", sectionRu,
                "labelEn", labelEn,
                "labelRu", labelRu,
                "required", required,
                "minimum", minimum,
                "maximum", maximum,
                "weight", weight,
                "choices", choices,
                "showWhen", showWhen,
                "requireNoteWhen", requireNoteWhen,
                "requirePhotoWhen", requirePhotoWhen,
                "requireActionWhen", requireActionWhen);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(JsonNode condition) {
        return condition == null ? null : condition.toString();
    }

    private static JsonNode json(String condition) {
        return condition == null ? null : JsonMapper.shared().readTree(condition);
    }
}

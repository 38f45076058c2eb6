package dev.tandem.audit;

import dev.tandem.shared.imports.SheetColumn;
import java.util.Map;

/**
 * The columns of a checklist's spreadsheet, one row per question in the manner of XLSForm: the key a program writes,
 * the header a person reads ({@code audit.column.<key>}) and the field of a question it holds.
 */
public enum QuestionColumn implements SheetColumn {
    SECTION_EN("sectionEn"),
    SECTION_RU("sectionRu"),
    TYPE("type"),
    NAME("name"),
    LABEL_EN("labelEn"),
    LABEL_RU("labelRu"),
    CHOICES("choices"),
    REQUIRED("required"),
    MINIMUM("minimum"),
    MAXIMUM("maximum"),
    WEIGHT("weight"),
    SHOW_WHEN("showWhen"),
    REQUIRE_NOTE_WHEN("requireNoteWhen"),
    REQUIRE_PHOTO_WHEN("requirePhotoWhen"),
    REQUIRE_ACTION_WHEN("requireActionWhen");

    private static final Map<String, QuestionColumn> BY_FIELD = Map.ofEntries(
            Map.entry("name", NAME),
            Map.entry("type", TYPE),
            Map.entry("labelEn", LABEL_EN),
            Map.entry("labelRu", LABEL_RU),
            Map.entry("choices", CHOICES),
            Map.entry("minimum", MINIMUM),
            Map.entry("maximum", MAXIMUM),
            Map.entry("weight", WEIGHT),
            Map.entry("showWhen", SHOW_WHEN),
            Map.entry("requireNoteWhen", REQUIRE_NOTE_WHEN),
            Map.entry("requirePhotoWhen", REQUIRE_PHOTO_WHEN),
            Map.entry("requireActionWhen", REQUIRE_ACTION_WHEN));

    private final String key;

    QuestionColumn(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String headerCode() {
        return "audit.column." + key;
    }

    /** The column of a question's field as a rule names it ({@code name} for the question as a whole). */
    static QuestionColumn ofField(String field) {
        return BY_FIELD.getOrDefault(field, NAME);
    }
}

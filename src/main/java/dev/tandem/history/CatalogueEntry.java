package dev.tandem.history;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An entry of a catalogue the safety department keeps (a competence, a hazard category): a code of its own among the
 * catalogue's, kept in capitals, and a name in English and in Russian; voided, never deleted.
 */
public abstract class CatalogueEntry extends Voidable {

    private String code;
    private String nameEn;
    private String nameRu;

    protected CatalogueEntry(String code, String nameEn, String nameRu) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Sets the code and names as given, trimmed, the code in capitals. */
    protected void name(String code, String nameEn, String nameRu) {
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.nameEn = nameEn.strip();
        this.nameRu = nameRu.strip();
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameRu() {
        return nameRu;
    }

    /** The name in the reader's language: Russian for a Russian reader, English for any other. */
    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    /** The code and names as a snapshot's first fields, followed by the entry's own (names and values in turn). */
    protected Map<String, Object> snapshotWith(Object... own) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("code", code);
        fields.put("nameEn", nameEn);
        fields.put("nameRu", nameRu);
        fields.putAll(Recorded.fields(own));
        return fields;
    }
}

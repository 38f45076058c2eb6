package dev.tandem.organisation;

/** Optional text from a form: blank means absent. */
final class Text {

    private Text() {}

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package dev.tandem.shared;

import java.util.List;
import java.util.Locale;

/** The languages Tandem speaks: its pages, exports, uploads and the texts it writes itself. */
public final class Languages {

    /** English first: the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    /** The language tags accepted where a language is chosen, as a pattern for {@code @Pattern}. */
    public static final String TAGS = "en|ru";

    private Languages() {}
}

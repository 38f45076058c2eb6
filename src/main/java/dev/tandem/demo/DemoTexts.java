package dev.tandem.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;

/**
 * Every word the demo plant writes, in the enterprise's language: {@code demo/plant_<language>.properties}. The
 * generator decides what the plant is made of and looks its words up here by key, so each language is one file and
 * both files hold the same keys. A list is written as numbered keys ({@code event.HAZARD.1}, {@code .2}, ...).
 */
final class DemoTexts {

    private final DemoProperties.Language language;
    private final Properties texts;
    private final Map<String, List<String>> lists = new HashMap<>();

    private DemoTexts(DemoProperties.Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    static DemoTexts of(DemoProperties.Language language) {
        var texts = new Properties();
        var resource = new ClassPathResource(resource(language));
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException failure) {
            throw new UncheckedIOException("The demo plant's texts are missing: " + resource, failure);
        }
        return new DemoTexts(language, texts);
    }

    /** Where a language's texts are on the class path. */
    static String resource(DemoProperties.Language language) {
        return "demo/plant_" + language.code() + ".properties";
    }

    DemoProperties.Language language() {
        return language;
    }

    String text(String key) {
        var text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No demo text " + key + " in " + resource(language));
        }
        return text;
    }

    boolean hasText(String key) {
        return texts.getProperty(key) != null;
    }

    /** A text with its {@code {0}}, {@code {1}} ... filled in; the arguments are used as given, numbers too. */
    String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return text(key);
        }
        var strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(text(key), Locale.ROOT).format(strings);
    }

    /** The numbered texts {@code key.1}, {@code key.2} ... up to the first missing number. */
    List<String> list(String key) {
        return lists.computeIfAbsent(key, this::numbered);
    }

    private List<String> numbered(String key) {
        var list = new ArrayList<String>();
        for (int n = 1; texts.containsKey(key + "." + n); n++) {
            list.add(texts.getProperty(key + "." + n));
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("No demo texts " + key + ".1... in " + resource(language));
        }
        return List.copyOf(list);
    }

    /** One of a list's texts, drawn from {@code random}. */
    String any(String key, Random random) {
        var list = list(key);
        return list.get(random.nextInt(list.size()));
    }
}

package dev.tandem.notification;

import dev.tandem.event.EarlyWarnings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A kind's title and text in the reader's language. An argument written {@code message:<code>} (an event's type) is
 * itself a message, read in the same language; one written {@code early-warning:<event id>} is what the signals
 * behind that early warning say, in the same language; other arguments are shown as they are.
 */
@Component
class NotificationTexts {

    static final String MESSAGE = "message:";
    static final String EARLY_WARNING = "early-warning:";

    record Text(Locale language, String title, String text) {}

    private final MessageSource messages;
    private final EarlyWarnings warnings;

    NotificationTexts(MessageSource messages, EarlyWarnings warnings) {
        this.messages = messages;
        this.warnings = warnings;
    }

    /** The texts of one announcement in each language asked for, each written once. */
    Map<Locale, Text> of(NotificationKind kind, List<String> arguments, Iterable<Locale> languages) {
        var texts = new HashMap<Locale, Text>();
        for (var language : languages) {
            texts.computeIfAbsent(language, wanted -> write(kind, arguments, wanted));
        }
        return texts;
    }

    private Text write(NotificationKind kind, List<String> arguments, Locale language) {
        var values =
                arguments.stream().map(argument -> read(argument, language)).toArray();
        return new Text(
                language,
                messages.getMessage(kind.titleMessage(), values, language),
                messages.getMessage(kind.textMessage(), values, language));
    }

    private String read(String argument, Locale language) {
        if (argument.startsWith(MESSAGE)) {
            return messages.getMessage(
                    new DefaultMessageSourceResolvable(argument.substring(MESSAGE.length())), language);
        }
        if (argument.startsWith(EARLY_WARNING)) {
            return warnings.explanation(UUID.fromString(argument.substring(EARLY_WARNING.length())), language);
        }
        return argument;
    }
}

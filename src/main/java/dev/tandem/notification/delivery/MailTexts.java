package dev.tandem.notification.delivery;

import dev.tandem.notification.Notification;
import dev.tandem.notification.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The subject and plain text of an e-mail, in the language of its recipient. */
@Component
class MailTexts {

    private final MessageSource messages;
    private final AcknowledgeLinks links;
    private final DeliveryProperties properties;
    private final Clock clock;

    MailTexts(MessageSource messages, AcknowledgeLinks links, DeliveryProperties properties, Clock clock) {
        this.messages = messages;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    record Letter(String subject, String body) {}

    Letter letter(Parcel parcel) {
        var first = parcel.deliveries().get(0).notification();
        if (parcel.deliveries().size() == 1) {
            return new Letter(first.title(), entry(first));
        }
        var language = first.language();
        var body = new StringBuilder();
        parcel.deliveries().forEach(delivery -> body.append("• ")
                .append(delivery.notification().title())
                .append('\n')
                .append(entry(delivery.notification()))
                .append("\n\n"));
        var subject = messages.getMessage(
                "notification.mail.digestSubject",
                new Object[] {parcel.deliveries().size()},
                language);
        return new Letter(subject, body.toString().strip());
    }

    private String entry(Notification notification) {
        var language = notification.language();
        var text = new StringBuilder(notification.text()).append("\n\n");
        if (notification.record() != null) {
            text.append(message("notification.mail.open", language))
                    .append(": ")
                    .append(base())
                    .append(notification.record().path())
                    .append('\n');
        }
        if (notification.severity() != Severity.INFO) {
            text.append(message("notification.mail.acknowledge", language))
                    .append(": ")
                    .append(links.link(
                            notification.id(), notification.recipientPersonId(), language, Instant.now(clock)))
                    .append('\n');
        }
        return text.toString().strip();
    }

    private String base() {
        return properties.baseUrl().toString().replaceAll("/+$", "");
    }

    private String message(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}

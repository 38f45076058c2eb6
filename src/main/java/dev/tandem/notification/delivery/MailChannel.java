package dev.tandem.notification.delivery;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail: one message per notification, or one digest per address for INFO kinds, in the recipient's language, with
 * a link to the record and, when something is asked of the recipient, a signed link that acknowledges without
 * signing in. Off unless {@code spring.mail.host} is set; {@code tandem.notification.mail.log} writes the messages to
 * the log instead (the demo's e-mail sink).
 */
@Component
class MailChannel implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailTexts texts;
    private final DeliveryProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> mailSender, MailTexts texts, DeliveryProperties properties) {
        this.mailSender = mailSender;
        this.texts = texts;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** Whether e-mails are queued at all: an SMTP server is set, or the log stands in for one. */
    boolean enabled() {
        return mailSender.getIfAvailable() != null || properties.mail().log();
    }

    @Override
    public void send(Parcel parcel) throws Exception {
        var letter = texts.letter(parcel);
        // the same delivery keeps the same id if a crash makes it leave twice, so that mail systems can drop the copy
        send(
                parcel.target(),
                letter.subject(),
                letter.body(),
                parcel.deliveries().get(0).id().toString());
    }

    /** Sends one plain-text e-mail (or writes it to the log, with no SMTP server), its Message-ID made of the id. */
    void send(String to, String subject, String body, String id) throws Exception {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("E-mail to {}\nSubject: {}\n\n{}", to, subject, body);
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(properties.mail().from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body);
        message.saveChanges();
        message.setHeader("Message-ID", "<" + id + "@tandem>");
        sender.send(message);
    }
}

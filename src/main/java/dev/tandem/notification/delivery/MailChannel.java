package dev.tandem.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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
        send(parcel.target(), letter.subject(), letter.body(), messageId(parcel));
    }

    /**
     * Sends the parcels over one SMTP connection, each message's outcome told as soon as the server took it or
     * refused it, so that a crash in the middle of a batch leaves at most the message in flight unrecorded. A broken
     * connection is opened again for the next parcel; one that cannot be opened fails the parcels left.
     */
    @Override
    public void sendAll(List<Parcel> parcels, Outcomes outcomes) {
        if (!(mailSender.getIfAvailable() instanceof JavaMailSenderImpl sender)) {
            ChannelSender.super.sendAll(parcels, outcomes);
            return;
        }
        Transport transport = null;
        try {
            for (int i = 0; i < parcels.size(); i++) {
                var parcel = parcels.get(i);
                if (!outcomes.inTime()) {
                    return;
                }
                try {
                    if (transport == null || !transport.isConnected()) {
                        close(transport);
                        transport = connect(sender);
                    }
                } catch (MessagingException unreachable) {
                    parcels.subList(i, parcels.size()).forEach(left -> outcomes.failed(left, unreachable));
                    return;
                }
                try {
                    var letter = texts.letter(parcel);
                    var message = message(sender, parcel.target(), letter.subject(), letter.body(), messageId(parcel));
                    transport.sendMessage(message, message.getAllRecipients());
                    outcomes.sent(parcel);
                } catch (Exception e) {
                    outcomes.failed(parcel, e);
                }
            }
        } finally {
            close(transport);
        }
    }

    /** Sends one plain-text e-mail (or writes it to the log, with no SMTP server), its Message-ID made of the id. */
    void send(String to, String subject, String body, String id) throws Exception {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("E-mail to {}\nSubject: {}\n\n{}", to, subject, body);
            return;
        }
        sender.send(message(sender, to, subject, body, id));
    }

    private MimeMessage message(JavaMailSender sender, String to, String subject, String body, String id)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(properties.mail().from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body);
        message.saveChanges();
        message.setHeader("Message-ID", "<" + id + "@tandem>");
        return message;
    }

    /** The same delivery keeps the same id if a crash makes it leave twice, so that mail systems can drop the copy. */
    private static String messageId(Parcel parcel) {
        return parcel.deliveries().get(0).id().toString();
    }

    private static Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        var transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        return transport;
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("Closing the SMTP connection failed", e);
        }
    }
}

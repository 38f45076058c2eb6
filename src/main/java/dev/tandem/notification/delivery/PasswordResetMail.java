package dev.tandem.notification.delivery;

import dev.tandem.identity.Accounts.Holder;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The e-mail with a password reset link, in its holder's language, to the address the people register has for them.
 * It leaves on another thread, so that the page answers as fast for an account that gets a link as for one that does
 * not, and tells nobody which.
 */
@Component
class PasswordResetMail {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final MailChannel channel;
    private final MessageSource messages;
    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final TaskExecutor executor;

    PasswordResetMail(
            MailChannel channel,
            MessageSource messages,
            OrganisationDirectory directory,
            PlantStructure plant,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.channel = channel;
        this.messages = messages;
        this.directory = directory;
        this.plant = plant;
        this.executor = executor;
    }

    /** Whether Tandem sends e-mail at all (an SMTP server, or the log standing in for one). */
    boolean configured() {
        return channel.enabled();
    }

    /** Sends the account's holder the link made for their language, when the register has their address. */
    void send(Holder account, Function<Locale, String> link, long validMinutes) {
        var to = directory.personEmail(account.personId());
        if (to.isEmpty() || !configured()) {
            return;
        }
        var language = account.language().orElseGet(() -> plant.enterprise().locale());
        var name = directory.personName(account.personId()).orElse(account.username());
        var subject = messages.getMessage("passwordReset.mail.subject", null, language);
        var body = messages.getMessage(
                "passwordReset.mail.body",
                new Object[] {name, account.username(), validMinutes, link.apply(language)},
                language);
        executor.execute(() -> {
            try {
                channel.send(to.get(), subject, body, UUID.randomUUID().toString());
            } catch (Exception e) {
                log.warn("A password reset e-mail for {} could not be sent: {}", account.username(), e.toString());
            }
        });
    }
}

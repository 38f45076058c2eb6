package dev.tandem.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.Logins;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Forgot your password?" through a real SMTP server (GreenMail): a link that works once, for its time, as it was
 * sent; the same answer for a name no account goes by; a lockout lifted.
 */
@TandemIntegrationTest
class ForgottenPasswordIntegrationTests {

    static final String PASSWORD = "first-password-1";
    static final String NEW_PASSWORD = "second-password-2";
    static final Pattern LINK = Pattern.compile("http://\\S+(/password/reset/[A-Za-z0-9_.-]+)\\?lang=(\\w+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationRegister register;

    @Autowired
    PasswordResetLinks links;

    GreenMail smtp;
    Logins logins;

    @BeforeEach
    void startSmtpServer() {
        var port = ((JavaMailSenderImpl) mailSender).getPort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        logins = new Logins(context);
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void aLockedHolderGetsALinkInTheirLanguageThatSetsANewPasswordOnceAndUnlocks() throws Exception {
        var holder = newHolder();
        accounts.chooseLanguage("ru", logins.viewer(holder.username()));
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(holder.username()).password("wrong-password"));
        }
        mvc.perform(formLogin("/login").user(holder.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/password/forgotten")
                        .with(csrf())
                        .param("name", holder.email().toUpperCase(Locale.ROOT)))
                .andExpect(redirectedUrl("/password/forgotten?sent"));
        var mail = theOneMailTo(holder.email());
        assertThat(mail.getSubject()).isEqualTo("Ваш пароль в Tandem");
        var link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).isEqualTo("ru");
        var path = link.group(1);

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("newPassword")));
        mvc.perform(post(path).with(csrf()).param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path).with(csrf()).param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin("/login").user(holder.username()).password(NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get(path)).andExpect(status().isGone());
        mvc.perform(post(path)
                        .with(csrf())
                        .param("newPassword", "third-password-3")
                        .param("repeatPassword", "third-password-3"))
                .andExpect(status().isBadRequest());
        mvc.perform(formLogin("/login").user(holder.username()).password(NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aNameNoAccountGoesByGetsTheSameAnswerAndNoMail() throws Exception {
        var holder = newHolder();
        mvc.perform(post("/password/forgotten").with(csrf()).param("name", "nobody-" + UUID.randomUUID()))
                .andExpect(redirectedUrl("/password/forgotten?sent"));
        mvc.perform(post("/password/forgotten").with(csrf()).param("name", "nobody@nowhere.example"))
                .andExpect(redirectedUrl("/password/forgotten?sent"));
        mvc.perform(post("/password/forgotten").with(csrf()).param("name", holder.username()))
                .andExpect(redirectedUrl("/password/forgotten?sent"));

        theOneMailTo(holder.email());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        mvc.perform(get("/password/forgotten?sent"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a link to choose a new password is on its way")));
    }

    @Test
    void anExpiredAlteredOrOutdatedLinkIsRefusedAndChangesNothing() throws Exception {
        var holder = newHolder();
        var account = accounts.holder(logins.viewer(holder.username()).userId()).orElseThrow();
        var expired = path(links.link(
                account.accountId(),
                account.passwordSetAt(),
                Locale.ENGLISH,
                Instant.now().minusSeconds(31 * 60)));
        var valid = path(links.link(account.accountId(), account.passwordSetAt(), Locale.ENGLISH));
        var last = valid.charAt(valid.length() - 1);
        var altered = valid.substring(0, valid.length() - 1) + (last == 'A' ? 'B' : 'A');

        mvc.perform(get(expired))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("expired")));
        mvc.perform(get(altered))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("not valid")));
        for (var refused : new String[] {expired, altered}) {
            mvc.perform(post(refused)
                            .with(csrf())
                            .param("newPassword", NEW_PASSWORD)
                            .param("repeatPassword", NEW_PASSWORD))
                    .andExpect(status().isBadRequest());
        }
        // the holder changes the password otherwise: the link sent before dies
        accounts.changeOwnPassword(
                new dev.tandem.identity.accounts.PasswordChange(PASSWORD, "changed-password-9", "changed-password-9"),
                logins.viewer(holder.username()));
        mvc.perform(get(valid))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("has been used")));
        mvc.perform(post(valid).with(csrf()).param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
                .andExpect(status().isBadRequest());
        mvc.perform(formLogin("/login").user(holder.username()).password("changed-password-9"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void atMostThreeLinksAnHourLeaveForOneAccount() throws Exception {
        var holder = newHolder();
        for (int request = 0; request < 5; request++) {
            mvc.perform(post("/password/forgotten").with(csrf()).param("name", holder.username()))
                    .andExpect(redirectedUrl("/password/forgotten?sent"));
        }
        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(smtp.waitForIncomingEmail(1_000, 4)).as("a fourth link").isFalse();
    }

    record Holder(String username, String email) {}

    /** A new person of the owner company with an e-mail address and an account. */
    private Holder newHolder() {
        var admin = logins.viewer("admin");
        var username = "u" + UUID.randomUUID().toString().substring(0, 8);
        var email = username + "@plant.example";
        var person = register.addPerson(
                        UUID.randomUUID(),
                        new RegisterPerson(
                                admin.organisationId(), "Test " + username, null, null, null, email, null, null),
                        admin)
                .record();
        accounts.open(new OpenAccount(username, person.id(), Set.of(Role.WORKER), PASSWORD), admin);
        return new Holder(username, email);
    }

    private MimeMessage theOneMailTo(String email) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("a mail arrived").isTrue();
        var mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        return mail;
    }

    private static String path(String link) {
        return link.substring(link.indexOf(PasswordResetLinks.PATH), link.indexOf('?'));
    }
}

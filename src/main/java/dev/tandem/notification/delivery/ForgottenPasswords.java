package dev.tandem.notification.delivery;

import dev.tandem.identity.AccountHolders;
import dev.tandem.identity.Accounts;
import dev.tandem.shared.InvalidRequestException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Forgot your password?": a signed link mailed to the holder of the account named (by username or e-mail address),
 * valid for half an hour and once, that sets a new password under the rules of every password and lifts a lockout
 * ({@code Accounts.resetForgottenPassword}). Whoever asks gets the same answer whether or not such an account exists
 * or has an address, and at most three links an hour leave for one account.
 */
@Component
public class ForgottenPasswords {

    /** What a link allows. */
    public enum LinkState {
        VALID,
        EXPIRED,
        USED,
        INVALID
    }

    private final Accounts accounts;
    private final AccountHolders holders;
    private final PasswordResetLinks links;
    private final PasswordResetRequests requests;
    private final PasswordResetMail mail;

    ForgottenPasswords(
            Accounts accounts,
            AccountHolders holders,
            PasswordResetLinks links,
            PasswordResetRequests requests,
            PasswordResetMail mail) {
        this.accounts = accounts;
        this.holders = holders;
        this.links = links;
        this.requests = requests;
        this.mail = mail;
    }

    /** Whether links can be mailed at all; without e-mail, people ask an administrator. */
    public boolean byMail() {
        return mail.configured();
    }

    /** How long a link works. */
    public long validMinutes() {
        return links.validMinutes();
    }

    /** Mails a link to the holder of the account named, if there is one; says nothing either way. */
    public void request(String usernameOrEmail) {
        accounts.namedBy(usernameOrEmail)
                .filter(account -> requests.admit(account.accountId()))
                .ifPresent(account -> mail.send(
                        account,
                        language -> links.link(account.accountId(), account.passwordSetAt(), language),
                        links.validMinutes()));
    }

    public LinkState check(String token) {
        var reading = links.read(token);
        if (!reading.signed()) {
            return LinkState.INVALID;
        }
        if (reading.expired()) {
            return LinkState.EXPIRED;
        }
        return accounts.holder(reading.accountId())
                        .filter(holder -> holder.passwordSetAt().equals(reading.issuedUnder()))
                        .isPresent()
                ? LinkState.VALID
                : LinkState.USED;
    }

    /** Sets the new password the link's holder chose; a link not (or no longer) valid is refused on {@code token}. */
    public void reset(String token, String newPassword, String repeatPassword) {
        var state = check(token);
        if (state != LinkState.VALID) {
            throw new InvalidRequestException(
                    "token", "passwordReset." + state.name().toLowerCase());
        }
        var reading = links.read(token);
        var account = accounts.holder(reading.accountId()).orElseThrow();
        var holder = holders.viewersOf(Set.of(account.personId())).get(account.personId());
        if (holder == null) {
            throw new InvalidRequestException("token", "passwordReset.invalid");
        }
        accounts.resetForgottenPassword(reading.issuedUnder(), newPassword, repeatPassword, holder);
    }
}

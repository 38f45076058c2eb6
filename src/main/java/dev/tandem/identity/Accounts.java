package dev.tandem.identity;

import static dev.tandem.shared.Role.ADMIN;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.identity.accounts.GrantRoles;
import dev.tandem.identity.accounts.PasswordChange;
import dev.tandem.identity.accounts.UserAccount;
import dev.tandem.identity.accounts.UserAccounts;
import dev.tandem.identity.signin.IdentityProperties;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Languages;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts, grants roles, changes and resets passwords, lifts lockouts. Only administrators manage other
 * people's accounts.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccounts accounts;
    private final OrganisationDirectory directory;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final AuditedRecords<UserAccount> records;
    private final Clock clock;

    Accounts(
            UserAccounts accounts,
            OrganisationDirectory directory,
            PasswordEncoder passwords,
            IdentityProperties properties,
            History history,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwords = passwords;
        this.properties = properties;
        this.records = history.auditing(accounts, (viewer, account) -> viewer.has(Role.ADMIN));
        this.clock = clock;
    }

    public UserAccount open(OpenAccount command, Viewer viewer) {
        viewer.requireRole(ADMIN);
        var membership = directory
                .membership(command.personId())
                .orElseThrow(() -> new InvalidRequestException("personId", "rule.noSuchPerson"));
        if (accounts.findByUsername(command.username()).isPresent()) {
            throw new InvalidRequestException("username", "rule.usernameTaken");
        }
        if (accounts.findByPersonId(command.personId()).isPresent()) {
            throw new InvalidRequestException("personId", "rule.personHasAccount");
        }
        checkRolesFit(command.roles(), membership.contractor());
        checkStrength("password", command.password());
        var hash = passwords.encode(command.password());
        return records.createNew(
                id -> UserAccount.open(
                        id, command.username(), hash, command.personId(), command.roles(), Instant.now(clock)),
                viewer);
    }

    public UserAccount grant(UUID id, Precondition precondition, GrantRoles command, Viewer viewer) {
        viewer.requireRole(ADMIN);
        var account = account(id);
        var membership = directory
                .membership(account.personId())
                .orElseThrow(() -> new InvalidRequestException("personId", "rule.personVoided"));
        checkRolesFit(command.roles(), membership.contractor());
        if (account.id().equals(viewer.userId())
                && (!command.enabled() || !command.roles().contains(ADMIN))) {
            throw new InvalidRequestException("roles", "rule.keepOwnAdministration");
        }
        return records.change(
                account, precondition, changed -> changed.grant(command.roles(), command.enabled()), viewer);
    }

    public void changeOwnPassword(PasswordChange change, Viewer viewer) {
        var account = account(viewer.userId());
        if (!passwords.matches(change.currentPassword(), account.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "rule.wrongCurrentPassword");
        }
        if (!change.newPassword().equals(change.repeatPassword())) {
            throw new InvalidRequestException("repeatPassword", "rule.passwordsDiffer");
        }
        checkStrength("newPassword", change.newPassword());
        var hash = passwords.encode(change.newPassword());
        records.change(
                account, Precondition.none(), changed -> changed.changePassword(hash, Instant.now(clock)), viewer);
    }

    /**
     * The language the viewer reads Tandem in, for notifications and for pages at sign-in; {@code null} or blank goes
     * back to the enterprise's language.
     */
    public UserAccount chooseLanguage(String languageTag, Viewer viewer) {
        var tag = languageTag == null || languageTag.isBlank() ? null : languageTag.strip();
        if (tag != null && !tag.matches(Languages.TAGS)) {
            throw new InvalidRequestException("language", "rule.language");
        }
        return records.change(
                account(viewer.userId()), Precondition.none(), changed -> changed.chooseLanguage(tag), viewer);
    }

    /**
     * An administrator's reset of a forgotten password: returns a temporary password, shown to the administrator once
     * and stored only hashed, which its holder must replace when they next sign in. It lifts a lockout too. A holder
     * who forgot their password resets it themselves through a link mailed to them ({@link #resetForgottenPassword}).
     */
    public String resetPassword(UUID id, Precondition precondition, Viewer viewer) {
        viewer.requireRole(ADMIN);
        var temporary = TemporaryPasswords.generate();
        var hash = passwords.encode(temporary);
        records.change(account(id), precondition, changed -> changed.resetPassword(hash, Instant.now(clock)), viewer);
        return temporary;
    }

    /** What a "forgot your password?" link needs of an enabled account; no language: the enterprise's. */
    public record Holder(
            UUID accountId, UUID personId, String username, Instant passwordSetAt, Optional<Locale> language) {

        static Holder of(UserAccount account) {
            return new Holder(
                    account.id(),
                    account.personId(),
                    account.username(),
                    account.passwordChangedAt().truncatedTo(ChronoUnit.MICROS),
                    account.language());
        }
    }

    /**
     * The enabled account that somebody who forgot their password names: by its username, or by its holder's e-mail
     * address when nobody else has it.
     */
    @Transactional(readOnly = true)
    public Optional<Holder> namedBy(String usernameOrEmail) {
        var name = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return accounts.findByUsername(name)
                .or(() -> directory.personWithEmail(name).flatMap(accounts::findByPersonId))
                .filter(UserAccount::enabled)
                .map(Holder::of);
    }

    /** An enabled account as a "forgot your password?" link sees it. */
    @Transactional(readOnly = true)
    public Optional<Holder> holder(UUID accountId) {
        return accounts.findById(accountId).filter(UserAccount::enabled).map(Holder::of);
    }

    /**
     * A forgotten password replaced by its holder through a link mailed to them, under the rules of every new password;
     * it lifts a lockout too. The link names the password it was issued under (when that was set): once the password
     * has changed since, by this link or otherwise, the link is refused.
     */
    public void resetForgottenPassword(Instant issuedUnder, String newPassword, String repeatPassword, Viewer holder) {
        var account = account(holder.userId());
        if (!account.passwordChangedAt().truncatedTo(ChronoUnit.MICROS).equals(issuedUnder)) {
            throw new InvalidRequestException("token", "passwordReset.used");
        }
        if (!newPassword.equals(repeatPassword)) {
            throw new InvalidRequestException("repeatPassword", "rule.passwordsDiffer");
        }
        checkStrength("newPassword", newPassword);
        var hash = passwords.encode(newPassword);
        records.change(
                account, Precondition.none(), changed -> changed.changePassword(hash, Instant.now(clock)), holder);
    }

    /**
     * Lifts the lockout of an account after too many failed sign-ins, before it would end by itself. An account no
     * longer locked (its lockout ended meanwhile) is left as it is, with nothing in its history.
     */
    public UserAccount unlock(UUID id, Precondition precondition, Viewer viewer) {
        viewer.requireRole(ADMIN);
        var account = account(id);
        if (!account.lockedAt(Instant.now(clock))) {
            return account;
        }
        return records.change(account, precondition, UserAccount::unlock, viewer);
    }

    @Transactional(readOnly = true)
    public UserAccount account(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    /** Contractors' people work for the plant but never administer it or act as its managers. */
    private static void checkRolesFit(Set<Role> roles, boolean contractor) {
        if (contractor && roles.stream().anyMatch(role -> role != Role.WORKER && role != Role.CONTRACTOR_SUPERVISOR)) {
            throw new InvalidRequestException("roles", "rule.contractorRoles");
        }
    }

    private void checkStrength(String field, String password) {
        if (password.length() < properties.minPasswordLength()) {
            throw new InvalidRequestException(field, "rule.passwordLength", properties.minPasswordLength());
        }
    }
}

package dev.tandem.identity.accounts;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.shared.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A person's way in: a username, a hashed password and roles. */
public class UserAccount extends AbstractAggregateRoot<UserAccount> implements Recorded {

    @Id
    private final UUID id;

    private final String username;

    @KeptOutOfHistory("a secret; passwordChangedAt records that it changed")
    private String passwordHash;

    private final UUID personId;
    private boolean enabled;

    @KeptOutOfHistory("sign-in bookkeeping that SignIn keeps with its own statements at every sign-in")
    private int failedLogins;

    /** In the history, so that an administrator lifting a lockout shows there (SignIn sets it with its own statements). */
    private Instant lockedUntil;

    private Instant passwordChangedAt;
    private boolean mustChangePassword;

    /** The language tag its holder reads Tandem in ({@code en}, {@code ru}); none for the enterprise's language. */
    private String language;

    @MappedCollection(idColumn = "user_account")
    private Set<RoleGrant> roles;

    @Version
    private Long version;

    @PersistenceCreator
    UserAccount(
            UUID id,
            String username,
            String passwordHash,
            UUID personId,
            boolean enabled,
            int failedLogins,
            Instant lockedUntil,
            Instant passwordChangedAt,
            boolean mustChangePassword,
            String language,
            Set<RoleGrant> roles,
            Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.passwordChangedAt = passwordChangedAt;
        this.mustChangePassword = mustChangePassword;
        this.language = language;
        this.roles = roles;
        this.version = version;
    }

    public static UserAccount open(
            UUID id, String username, String passwordHash, UUID personId, Set<Role> roles, Instant at) {
        return new UserAccount(
                id, username.trim(), passwordHash, personId, true, 0, null, at, false, null, grants(roles), null);
    }

    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
        unlock();
    }

    /** An administrator's reset: a temporary password that works once, for its holder to replace at sign-in. */
    public void resetPassword(String temporaryHash, Instant at) {
        changePassword(temporaryHash, at);
        this.mustChangePassword = true;
    }

    /** Lets its holder try signing in again at once, before a lockout would end. */
    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** {@code null} goes back to the enterprise's language. */
    public void chooseLanguage(String languageTag) {
        this.language = languageTag;
    }

    public void grant(Set<Role> newRoles, boolean enabled) {
        this.roles = grants(newRoles);
        this.enabled = enabled;
        registerEvent(new AccountChanged(id));
    }

    private static Set<RoleGrant> grants(Set<Role> roles) {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    @Override
    public String recordType() {
        return "user";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UUID personId() {
        return personId;
    }

    /** The language its holder chose, if any. */
    public Optional<Locale> language() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** When the password was last set: a link to reset it names this, and dies once it has changed. */
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Set<Role> roles() {
        var set = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> set.add(grant.role()));
        return set;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "username",
                username,
                "personId",
                personId,
                "enabled",
                enabled,
                "roles",
                new TreeSet<>(roles()),
                "passwordChangedAt",
                passwordChangedAt,
                "mustChangePassword",
                mustChangePassword,
                "lockedUntil",
                lockedUntil,
                "language",
                language);
    }
}

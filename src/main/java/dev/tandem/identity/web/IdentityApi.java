package dev.tandem.identity.web;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.OpenAccount;
import dev.tandem.identity.accounts.GrantRoles;
import dev.tandem.identity.accounts.UserAccount;
import dev.tandem.identity.listing.UserQueries;
import dev.tandem.identity.listing.UserQueries.UserFilter;
import dev.tandem.identity.listing.UserQueries.UserRow;
import dev.tandem.identity.signin.ApiTokens;
import dev.tandem.identity.signin.ApiTokens.IssuedToken;
import dev.tandem.identity.signin.ApiTokens.TokenRow;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's identity and tokens; accounts for administrators. */
@RestController
@RequestMapping("/api/v1")
class IdentityApi {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final UserQueries queries;

    IdentityApi(Accounts accounts, ApiTokens tokens, UserQueries queries) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.queries = queries;
    }

    @GetMapping("/me")
    Viewer me(Viewer viewer) {
        return viewer;
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {}

    @GetMapping("/tokens")
    List<TokenRow> tokens(Viewer viewer) {
        return tokens.of(viewer);
    }

    @PostMapping("/tokens")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody TokenRequest request, Viewer viewer) {
        var issued = tokens.issue(request.name(), viewer);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id()))
                .body(issued);
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Viewer viewer) {
        tokens.revoke(id, viewer);
        return ResponseEntity.noContent().build();
    }

    record UserView(UUID id, String username, UUID personId, Set<Role> roles, boolean enabled) {
        static UserView of(UserAccount account) {
            return new UserView(
                    account.id(), account.username(), account.personId(), account.roles(), account.enabled());
        }
    }

    @GetMapping("/users")
    Page<UserRow> users(UserFilter filter, Paging paging, Viewer viewer) {
        return queries.users(filter, paging, viewer);
    }

    @PostMapping("/users")
    ResponseEntity<UserView> open(@Valid @RequestBody OpenAccount form, Viewer viewer) {
        var account = accounts.open(form, viewer);
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.id()))
                .body(UserView.of(account));
    }

    @GetMapping("/users/{id}")
    ResponseEntity<UserView> user(@PathVariable UUID id, Viewer viewer) {
        viewer.requireRole(Role.ADMIN);
        var account = accounts.account(id);
        return Versions.tagged(account.version(), UserView.of(account));
    }

    @PutMapping("/users/{id}/roles")
    ResponseEntity<UserView> grant(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody GrantRoles form, Viewer viewer) {
        var account = accounts.grant(id, precondition, form, viewer);
        return Versions.tagged(account.version(), UserView.of(account));
    }

    /** A temporary password, in this answer only: it is stored hashed, and its holder replaces it at sign-in. */
    record TemporaryPassword(String temporaryPassword) {}

    /**
     * An administrator resets a forgotten password, as on the user's page. Its answer is never cached: it carries the
     * one copy of the temporary password.
     */
    @PostMapping("/users/{id}/password-reset")
    ResponseEntity<TemporaryPassword> resetPassword(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        var temporary = accounts.resetPassword(id, precondition, viewer);
        return ResponseEntity.ok()
                .eTag("\"" + accounts.account(id).version() + "\"")
                .cacheControl(CacheControl.noStore())
                .body(new TemporaryPassword(temporary));
    }

    /** An administrator lifts a lockout after too many failed sign-ins; an account not locked is left as it is. */
    @PostMapping("/users/{id}/unlock")
    ResponseEntity<UserView> unlock(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        var account = accounts.unlock(id, precondition, viewer);
        return Versions.tagged(account.version(), UserView.of(account));
    }
}

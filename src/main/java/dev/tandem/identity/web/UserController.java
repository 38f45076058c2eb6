package dev.tandem.identity.web;

import dev.tandem.history.History;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.OpenAccount;
import dev.tandem.identity.accounts.GrantRoles;
import dev.tandem.identity.listing.UserQueries;
import dev.tandem.identity.listing.UserQueries.UserFilter;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators open accounts for people, grant roles, reset forgotten passwords and lift lockouts. */
@Controller
class UserController {

    private final Accounts accounts;
    private final UserQueries queries;
    private final History history;
    private final Clock clock;

    UserController(Accounts accounts, UserQueries queries, History history, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/users")
    String list(@ModelAttribute("filter") UserFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.users(filter, paging, viewer));
        return "users/list";
    }

    @GetMapping("/users/new")
    String blank(@RequestParam(required = false) UUID personId, Viewer viewer, Model model) {
        viewer.requireRole(Role.ADMIN);
        model.addAttribute("form", new OpenAccount("", personId, Set.of(Role.WORKER), ""));
        return "users/new";
    }

    @PostMapping("/users")
    String open(@Valid @ModelAttribute("form") OpenAccount form, BindingResult errors, Viewer viewer) {
        viewer.requireRole(Role.ADMIN);
        return Forms.submit(
                errors,
                "users/new",
                () -> "redirect:/users/" + accounts.open(form, viewer).id() + "?saved");
    }

    @GetMapping("/users/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        viewer.requireRole(Role.ADMIN);
        var account = accounts.account(id);
        model.addAttribute("form", new GrantRoles(account.roles(), account.enabled()));
        return editing(id, model);
    }

    @PostMapping("/users/{id}")
    String grant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") GrantRoles form,
            BindingResult errors,
            Precondition precondition,
            Viewer viewer,
            Model model) {
        viewer.requireRole(Role.ADMIN);
        return Forms.submit(errors, () -> editing(id, model), () -> {
            accounts.grant(id, precondition, form, viewer);
            return "redirect:/users/" + id + "?saved";
        });
    }

    /** A temporary password, shown to the administrator once, for the account's holder to replace at sign-in. */
    @PostMapping("/users/{id}/password-reset")
    String resetPassword(@PathVariable UUID id, Precondition precondition, Viewer viewer, RedirectAttributes flash) {
        flash.addFlashAttribute("temporaryPassword", accounts.resetPassword(id, precondition, viewer));
        return "redirect:/users/" + id;
    }

    @PostMapping("/users/{id}/unlock")
    String unlock(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        accounts.unlock(id, precondition, viewer);
        return "redirect:/users/" + id + "?unlocked";
    }

    private String editing(UUID id, Model model) {
        var account = accounts.account(id);
        model.addAttribute("account", account);
        model.addAttribute("locked", account.lockedAt(Instant.now(clock)));
        model.addAttribute("history", history.of(account));
        return "users/edit";
    }
}

package dev.tandem.identity.web;

import dev.tandem.identity.Accounts;
import dev.tandem.identity.accounts.PasswordChange;
import dev.tandem.identity.signin.ApiTokens;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page, and one's own account: password and personal API tokens. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PlantStructure plant;
    private final LocaleResolver locales;

    AccountController(Accounts accounts, ApiTokens tokens, PlantStructure plant, LocaleResolver locales) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.plant = plant;
        this.locales = locales;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/account")
    String account(Viewer viewer, Model model) {
        model.addAttribute("password", new PasswordChange("", "", ""));
        return page(viewer, model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("password") PasswordChange change,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> page(viewer, model), () -> {
            accounts.changeOwnPassword(change, viewer);
            return "redirect:/account?passwordChanged";
        });
    }

    /** Saves the language and shows the pages in it at once (the plant's language when none is chosen). */
    @PostMapping("/account/language")
    String chooseLanguage(
            @RequestParam(required = false) String language,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response) {
        var account = accounts.chooseLanguage(language, viewer);
        locales.setLocale(request, response, account.language().orElseGet(() -> plant.enterprise()
                .locale()));
        return "redirect:/account?languageChosen";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam String name, Viewer viewer, RedirectAttributes flash) {
        var label = name == null || name.isBlank() ? "API" : name;
        flash.addFlashAttribute("issued", tokens.issue(label, viewer));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, Viewer viewer) {
        tokens.revoke(id, viewer);
        return "redirect:/account";
    }

    private String page(Viewer viewer, Model model) {
        model.addAttribute("tokens", tokens.of(viewer));
        model.addAttribute(
                "chosenLanguage",
                accounts.account(viewer.userId())
                        .language()
                        .map(Locale::getLanguage)
                        .orElse(""));
        var enterprise = plant.enterprise().locale();
        model.addAttribute("enterpriseLanguage", enterprise.getDisplayLanguage(enterprise));
        return "account/page";
    }
}

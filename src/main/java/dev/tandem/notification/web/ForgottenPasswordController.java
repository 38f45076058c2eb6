package dev.tandem.notification.web;

import dev.tandem.notification.delivery.ForgottenPasswords;
import dev.tandem.notification.delivery.ForgottenPasswords.LinkState;
import dev.tandem.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?" without signing in: a form that takes a username or e-mail address and answers alike
 * whatever it names, and the page a mailed link opens to choose a new password.
 */
@Controller
class ForgottenPasswordController {

    private final ForgottenPasswords passwords;
    private final MessageSource messages;

    ForgottenPasswordController(ForgottenPasswords passwords, MessageSource messages) {
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping("/password/forgotten")
    String form(Model model) {
        model.addAttribute("byMail", passwords.byMail());
        model.addAttribute("validMinutes", passwords.validMinutes());
        return "password/forgotten";
    }

    @PostMapping("/password/forgotten")
    String request(@RequestParam(defaultValue = "") String name) {
        passwords.request(name);
        return "redirect:/password/forgotten?sent";
    }

    @GetMapping("/password/reset/{token}")
    String link(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, model, response);
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatPassword,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            passwords.reset(token, newPassword, repeatPassword);
            return "redirect:/login?reset";
        } catch (InvalidRequestException refused) {
            model.addAttribute("problem", messages.getMessage(refused.messageCode(), refused.arguments(), locale));
            model.addAttribute("problemField", refused.field());
            var page = page(token, model, response);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page;
        }
    }

    private String page(String token, Model model, HttpServletResponse response) {
        var state = passwords.check(token);
        model.addAttribute("state", state.name());
        model.addAttribute("token", token);
        if (state == LinkState.INVALID) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        } else if (state != LinkState.VALID) {
            response.setStatus(HttpStatus.GONE.value());
        }
        return "password/reset";
    }
}

package dev.tandem.kpi.web;

import dev.tandem.kpi.screens.SetUpScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.QrCodes;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Setting up shop-floor screens: the link with its display token is shown once (to copy, or as a QR code to open it
 * on a TV without typing), and a screen is switched off.
 */
@Controller
class ScreensController {

    private final ShopFloorScreens screens;
    private final OrganisationQueries organisations;
    private final MessageSource messages;

    ScreensController(ShopFloorScreens screens, OrganisationQueries organisations, MessageSource messages) {
        this.screens = screens;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/screens")
    String list(Viewer viewer, Locale locale, Model model) {
        model.addAttribute("form", SetUpScreen.blank(locale.getLanguage().equals("ru") ? "ru" : "en"));
        return page(viewer, model);
    }

    @PostMapping("/screens")
    String setUp(
            @Valid @ModelAttribute("form") SetUpScreen form,
            BindingResult errors,
            Viewer viewer,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        return Forms.attempt(errors, () -> screens.setUp(form, viewer))
                .map(issued -> {
                    var link = ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/screen/{token}")
                            .buildAndExpand(issued.token())
                            .toUriString();
                    flash.addFlashAttribute("issuedName", issued.screen().name());
                    flash.addFlashAttribute("issuedLink", link);
                    flash.addFlashAttribute(
                            "issuedQr", QrCodes.svg(link, messages.getMessage("screens.qr", null, locale)));
                    return "redirect:/screens";
                })
                .orElseGet(() -> page(viewer, model));
    }

    @PostMapping("/screens/{id}/void")
    String switchOff(@PathVariable UUID id, @RequestParam String reason, Viewer viewer) {
        screens.switchOff(id, reason, viewer);
        return "redirect:/screens";
    }

    private String page(Viewer viewer, Model model) {
        model.addAttribute("screens", screens.all(viewer));
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("organisations", organisations.organisationOptions(viewer));
        return "screens/list";
    }
}

package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.kpi.screens.DisplayScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import dev.tandem.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The shop-floor screen: the TV in a workshop opens {@code /screen/<display token>} without signing in, shows its
 * scope's figures in large type, one view after another, and stays live on the same stream as the dashboard.
 */
@Controller
class ShopFloorController {

    private final ShopFloorScreens screens;
    private final KpiFigures figures;
    private final DashboardModel views;
    private final LiveUpdates updates;
    private final LocaleResolver locales;

    ShopFloorController(
            ShopFloorScreens screens,
            KpiFigures figures,
            DashboardModel views,
            LiveUpdates updates,
            LocaleResolver locales) {
        this.screens = screens;
        this.figures = figures;
        this.views = views;
        this.updates = updates;
        this.locales = locales;
    }

    @GetMapping("/screen/{token}")
    String page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        var screen = fill(token, model, request, response);
        model.addAttribute("token", token);
        model.addAttribute("heading", screens.heading(screen));
        return "screen/page";
    }

    /** The views alone, swapped in when the stream says the figures changed. */
    @GetMapping("/screen/{token}/figures")
    String figures(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        fill(token, model, request, response);
        return "screen/page :: views";
    }

    @GetMapping(path = "/screen/{token}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable String token) {
        opened(token);
        return updates.open();
    }

    private DisplayScreen fill(String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        var screen = opened(token);
        locales.setLocale(request, response, screen.locale());
        var viewer = ShopFloorScreens.viewer(screen);
        var dashboard = figures.dashboard(screen.scope(), Optional.empty(), viewer);
        model.addAttribute("screen", screen);
        model.addAttribute("month", dashboard.month().period().last());
        views.fill(dashboard, viewer, model);
        model.addAttribute("lessons", screens.lessons(screen));
        return screen;
    }

    private DisplayScreen opened(String token) {
        return screens.open(token).orElseThrow(() -> new NotFoundException("Screen", "token"));
    }
}

package dev.tandem.event.web;

import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.EventQueries;
import dev.tandem.event.EventQueries.EventFilter;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.event.EventStatus;
import dev.tandem.event.EventType;
import dev.tandem.event.InjuryClass;
import dev.tandem.event.ReviseEvent;
import dev.tandem.event.SafetyEvent;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The safety event register: the list, and each event's page where it is reviewed. */
@Controller
class EventController {

    private final EventReporting reporting;
    private final EventReview review;
    private final EventQueries queries;
    private final EventExports exports;
    private final OrganisationQueries organisations;
    private final PlantStructure plant;
    private final EarlyWarnings warnings;

    EventController(
            EventReporting reporting,
            EventReview review,
            EventQueries queries,
            EventExports exports,
            OrganisationQueries organisations,
            PlantStructure plant,
            EarlyWarnings warnings) {
        this.reporting = reporting;
        this.review = review;
        this.queries = queries;
        this.exports = exports;
        this.organisations = organisations;
        this.plant = plant;
        this.warnings = warnings;
    }

    /**
     * Times on the review form are local to the site the form names, as people read them on its wall clock (the
     * enterprise's when it names none).
     */
    @InitBinder("form")
    void localTimes(WebDataBinder binder, WebRequest request) {
        binder.registerCustomEditor(
                Instant.class, new LocalTimeEditor(plant.siteTimes().zone(siteId(request.getParameter("siteId")))));
    }

    private static UUID siteId(String parameter) {
        try {
            return parameter == null ? null : UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", EventType.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("injuryClasses", InjuryClass.values());
    }

    @GetMapping("/events")
    String list(@ModelAttribute("filter") EventFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.events(filter, paging, viewer));
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("organisations", organisations.organisationOptions(viewer));
        return "events/list";
    }

    @GetMapping("/events/export")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") EventFilter filter,
            Paging paging,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        return exports.events(format, filter, paging, viewer);
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var event = reporting.event(id, viewer);
        model.addAttribute("form", ReviseEvent.of(event));
        return page(event, viewer, model);
    }

    @PostMapping("/events/{id}")
    String revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") ReviseEvent form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> page(reporting.event(id, viewer), viewer, model), () -> {
            review.revise(id, precondition, form, viewer);
            return "redirect:/events/" + id + "?saved";
        });
    }

    @PostMapping("/events/{id}/{step:review|close|reopen|false-alarm}")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            Precondition precondition,
            @RequestParam(required = false) String note,
            Viewer viewer) {
        switch (step) {
            case "review" -> review.startReview(id, precondition, viewer);
            case "close" -> review.close(id, precondition, note, viewer);
            case "false-alarm" -> review.dismissAsFalseAlarm(id, precondition, note, viewer);
            default -> review.reopen(id, precondition, viewer);
        }
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/void")
    String voidEvent(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/events/" + id, flash, () -> review.voidEvent(id, reason, viewer));
    }

    @PostMapping("/events/{id}/photos")
    String addPhoto(@PathVariable UUID id, @RequestParam MultipartFile photo, Viewer viewer) throws IOException {
        reporting.addPhoto(id, photo.getBytes(), viewer);
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, Viewer viewer) {
        return EventPhotoResponses.of(reporting.photo(id, photoId, viewer));
    }

    private String page(SafetyEvent event, Viewer viewer, Model model) {
        model.addAttribute("record", event);
        model.addAttribute("photos", reporting.photos(event.id(), viewer));
        model.addAttribute("reporter", reporting.reporterName(event, viewer).orElse(null));
        model.addAttribute("history", reporting.history(event, viewer));
        model.addAttribute("signals", warnings.signals(event));
        model.addAttribute("explanations", warnings.explanations(event, LocaleContextHolder.getLocale()));
        model.addAttribute("canReview", review.canReview(viewer));
        model.addAttribute("places", organisations.places());
        model.addAttribute("organisations", organisations.organisationOptions(viewer));
        return "events/detail";
    }
}

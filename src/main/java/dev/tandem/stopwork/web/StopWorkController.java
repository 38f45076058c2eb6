package dev.tandem.stopwork.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.StaleRecordException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import dev.tandem.stopwork.StopWork;
import dev.tandem.stopwork.StopWorkControl;
import dev.tandem.stopwork.StopWorkStatus;
import dev.tandem.stopwork.listing.StopWorkQueries;
import dev.tandem.stopwork.listing.StopWorkQueries.StopWorkFilter;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stops: the list, open ones first with how long the work has been stopped, and each stop's page and answers. */
@Controller
class StopWorkController {

    private final StopWorkControl control;
    private final StopWorkQueries queries;
    private final StopWorkExports exports;
    private final OrganisationQueries organisations;
    private final StopWorkChoices choices;

    StopWorkController(
            StopWorkControl control,
            StopWorkQueries queries,
            StopWorkExports exports,
            OrganisationQueries organisations,
            StopWorkChoices choices) {
        this.control = control;
        this.queries = queries;
        this.exports = exports;
        this.organisations = organisations;
        this.choices = choices;
    }

    @GetMapping("/stops")
    String list(@ModelAttribute("filter") StopWorkFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.stops(filter, paging, viewer));
        model.addAttribute("statuses", StopWorkStatus.values());
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("organisations", choices.whoseWork(viewer));
        return "stopwork/list";
    }

    @GetMapping("/stops/export")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") StopWorkFilter filter,
            Paging paging,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        return exports.stops(format, filter, paging, viewer);
    }

    @GetMapping("/stops/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var stop = control.stop(id, viewer);
        model.addAttribute("record", stop);
        model.addAttribute("photos", control.photos(id, viewer));
        model.addAttribute("initiator", control.initiatorName(stop, viewer).orElse(null));
        model.addAttribute("history", control.history(stop, viewer));
        var canRespond = !stop.isVoided() && control.canRespond(stop, viewer);
        model.addAttribute("canRespond", canRespond);
        model.addAttribute("risks", canRespond ? choices.risksOf(stop.areaId(), viewer) : java.util.List.of());
        model.addAttribute("places", organisations.places());
        model.addAttribute("organisations", choices.whoseWork(viewer));
        return "stopwork/detail";
    }

    /** A step from the stop's page; a step the rules refuse comes back as a message beside the answers. */
    @PostMapping("/stops/{id}/{step:acknowledge|resolve|compensate|risk|resume|judge-unnecessary}")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            Precondition precondition,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) UUID riskId,
            Viewer viewer,
            RedirectAttributes flash) {
        try {
            take(id, step, precondition, text, riskId, viewer);
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute(
                    "stepRefused",
                    new DefaultMessageSourceResolvable(new String[] {refused.messageCode()}, refused.arguments()));
            flash.addFlashAttribute("refusedStep", step);
            flash.addFlashAttribute("text", text);
        } catch (StaleRecordException changedMeanwhile) {
            flash.addFlashAttribute("stepRefused", new DefaultMessageSourceResolvable("rule.changedMeanwhile"));
        }
        return "redirect:/stops/" + id;
    }

    private StopWork take(UUID id, String step, Precondition precondition, String text, UUID riskId, Viewer viewer) {
        return switch (step) {
            case "acknowledge" -> control.acknowledge(id, precondition, viewer);
            case "resolve" -> control.resolve(id, precondition, text, viewer);
            case "compensate" -> control.compensate(id, precondition, text, riskId, viewer);
            case "risk" -> control.linkRisk(id, precondition, riskId, viewer);
            case "resume" -> control.resume(id, precondition, text, viewer);
            default -> control.judgeUnnecessary(id, precondition, text, viewer);
        };
    }

    @PostMapping("/stops/{id}/void")
    String voidStop(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/stops/" + id, flash, () -> control.voidStop(id, reason, viewer));
    }

    @GetMapping("/stops/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, Viewer viewer) {
        var photo = control.photo(id, photoId, viewer);
        return Pictures.response(photo.contentType(), photo.content());
    }
}

package dev.tandem.signal.web;

import dev.tandem.history.History;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.signal.DefineTag;
import dev.tandem.signal.TagRegister;
import dev.tandem.signal.ingest.RejectReason;
import dev.tandem.signal.ingest.SignalControl;
import dev.tandem.signal.listing.TagQueries;
import dev.tandem.signal.listing.TagQueries.TagFilter;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages of the signal pipeline: how it goes, the tags of each equipment, CSV replay, a warning's window. */
@Controller
class SignalController {

    private final SignalControl control;
    private final TagRegister register;
    private final TagQueries queries;
    private final History history;

    SignalController(SignalControl control, TagRegister register, TagQueries queries, History history) {
        this.control = control;
        this.register = register;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping("/signals")
    String overview(Viewer viewer, Model model) {
        model.addAttribute("overview", control.overview(viewer));
        model.addAttribute("canSend", control.canSend(viewer));
        model.addAttribute("canLearnAgain", control.canLearnAgain(viewer));
        model.addAttribute("reasons", RejectReason.values());
        return "signals/overview";
    }

    @PostMapping("/signals/equipment/{equipmentId}/learn")
    String learnAgain(@PathVariable UUID equipmentId, @RequestParam(required = false) String reason, Viewer viewer) {
        control.learnAgain(equipmentId, reason, viewer);
        return "redirect:/signals?learning";
    }

    @GetMapping("/signals/tags")
    String tags(@ModelAttribute("filter") TagFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.tags(filter, paging));
        model.addAttribute("equipment", queries.equipmentOptions());
        model.addAttribute("canKeep", register.canKeep(viewer));
        return "signals/tags";
    }

    @GetMapping("/signals/tags/new")
    String newTag(@RequestParam(required = false) UUID equipmentId, Model model) {
        model.addAttribute("form", DefineTag.on(equipmentId));
        Forms.newId(model, null);
        return form(null, model);
    }

    /** Adds a tag under the form's {@code newId}, so that the form sent twice adds it once. */
    @PostMapping("/signals/tags")
    String create(
            @RequestParam(required = false) UUID newId,
            @Valid @ModelAttribute("form") DefineTag form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        Forms.newId(model, newId);
        return Forms.submit(
                errors,
                () -> {
                    form(null, model);
                    return "signals/tag";
                },
                () -> {
                    var tag = register.register(newId, form, viewer).record();
                    return "redirect:/signals/tags/" + tag.id() + "?saved";
                });
    }

    @GetMapping("/signals/tags/{id}")
    String show(@PathVariable UUID id, Model model) {
        var tag = register.tag(id);
        model.addAttribute("form", DefineTag.of(tag));
        return form(id, model);
    }

    @PostMapping("/signals/tags/{id}")
    String update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") DefineTag form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    form(id, model);
                    return "signals/tag";
                },
                () -> {
                    register.update(id, precondition, form, viewer);
                    return "redirect:/signals/tags/" + id + "?saved";
                });
    }

    @PostMapping("/signals/tags/{id}/void")
    String voidTag(@PathVariable UUID id, @RequestParam String reason, Viewer viewer) {
        register.voidTag(id, reason, viewer);
        return "redirect:/signals/tags/" + id;
    }

    @GetMapping("/signals/replay")
    String replayForm(Viewer viewer) {
        requireSender(viewer);
        return "signals/replay";
    }

    @PostMapping("/signals/replay")
    String replay(@RequestParam("file") MultipartFile file, Viewer viewer, Model model) throws IOException {
        requireSender(viewer);
        try (var input = file.getInputStream()) {
            model.addAttribute("result", control.replay(input, viewer));
        }
        return "signals/replay";
    }

    /** The chart of the signals kept with an early warning, for the event's page. */
    @GetMapping("/signals/warnings/{eventId}/window")
    String window(@PathVariable UUID eventId, Viewer viewer, Model model) {
        model.addAttribute("window", control.window(eventId, viewer).orElse(null));
        model.addAttribute("fold", control.foldOf(eventId, viewer).orElse(null));
        return "signals/window :: window";
    }

    private String form(UUID id, Model model) {
        var tag = id == null ? null : register.tag(id);
        model.addAttribute("record", tag);
        model.addAttribute("equipment", queries.equipmentOptions());
        model.addAttribute("history", tag == null ? null : history.of(tag));
        return "signals/tag";
    }

    private void requireSender(Viewer viewer) {
        if (!control.canSend(viewer)) {
            throw new AccessDeniedException("replaying signals");
        }
    }
}

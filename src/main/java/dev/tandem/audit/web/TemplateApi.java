package dev.tandem.audit.web;

import dev.tandem.audit.ChecklistTemplate;
import dev.tandem.audit.Checklists;
import dev.tandem.audit.Checklists.TemplateRow;
import dev.tandem.audit.DefineTemplate;
import dev.tandem.audit.Question;
import dev.tandem.audit.Scoring.Score;
import dev.tandem.audit.TemplateSheets;
import dev.tandem.audit.TemplateVersion;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportPages;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.RowProblems;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Checklist templates: drafted and revised whole (title page and questions), published as versions that inspections
 * keep, and scored by the one formula.
 */
@RestController
@RequestMapping("/api/v1/checklist-templates")
class TemplateApi {

    private final Checklists checklists;
    private final TemplateSheets sheets;
    private final RowProblems problems;
    private final History history;

    TemplateApi(Checklists checklists, TemplateSheets sheets, RowProblems problems, History history) {
        this.checklists = checklists;
        this.sheets = sheets;
        this.problems = problems;
        this.history = history;
    }

    /** The templates the viewer reads, by title; {@code q} searches the title. */
    @GetMapping
    Page<TemplateRow> list(@RequestParam(required = false) String q, Paging paging, Viewer viewer) {
        return checklists.list(q, paging, viewer);
    }

    /**
     * Drafts a template; sending the same id again returns the stored one.
     *
     * @param id chosen by the client, or none
     */
    @PostMapping
    ResponseEntity<TemplateView> draft(
            @RequestParam(required = false) UUID id, @Valid @RequestBody DefineTemplate definition, Viewer viewer) {
        var created = checklists.draft(id, definition, viewer);
        var template = created.record();
        return IdempotentCreates.answer(
                        created.isNew(), java.net.URI.create("/api/v1/checklist-templates/" + template.id()))
                .eTag("\"" + template.version() + "\"")
                .body(TemplateView.of(template));
    }

    @GetMapping("/{id}")
    ResponseEntity<TemplateView> template(@PathVariable UUID id, Viewer viewer) {
        return tagged(checklists.template(id, viewer));
    }

    /** A new draft, whole; the published versions stay as they were. */
    @PutMapping("/{id}")
    ResponseEntity<TemplateView> revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody DefineTemplate definition,
            Viewer viewer) {
        return tagged(checklists.revise(id, precondition, definition, viewer));
    }

    /** Publishes the draft as the next version, which inspections started from now on ask. */
    @PostMapping("/{id}/publish")
    ResponseEntity<TemplateView> publish(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(checklists.publish(id, precondition, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<TemplateView> voidTemplate(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(checklists.voidTemplate(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(checklists.template(id, viewer));
    }

    /** A published version as it was published. */
    @GetMapping("/{id}/versions/{number}")
    TemplateVersion version(@PathVariable UUID id, @PathVariable int number, Viewer viewer) {
        return checklists.version(id, number, viewer);
    }

    /** The score that answers to a published version earn, by the formula every figure uses. */
    @PostMapping("/{id}/versions/{number}/score")
    Score score(@PathVariable UUID id, @PathVariable int number, @Valid @RequestBody Answers answers, Viewer viewer) {
        return checklists.version(id, number, viewer).score(answers.answers());
    }

    /** The draft's questions as a spreadsheet, one row per question; {@code version} for a published version's. */
    @GetMapping("/{id}/sheet")
    ResponseEntity<StreamingResponseBody> sheet(
            @PathVariable UUID id, @RequestParam(required = false) Integer version, Viewer viewer, Locale locale) {
        checklists.template(id, viewer);
        return ImportPages.template("checklist", out -> sheets.export(id, version, locale, out, viewer));
    }

    /**
     * Replaces the draft's questions with a spreadsheet's (xlsx or CSV, one row per question), all of them or none:
     * 400 with every wrong cell under {@code rows} and nothing written.
     */
    @PostMapping(path = "/{id}/sheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importSheet(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) MultipartFile file,
            Viewer viewer) {
        var imported = sheets.importQuestions(id, precondition, file, viewer);
        return imported.template() == null ? problems.rejectedFile(imported.errors()) : tagged(imported.template());
    }

    /** @param answers each answer by its question's name: a choice's value, a number, a text */
    record Answers(@NotNull Map<String, Object> answers) {}

    private static ResponseEntity<TemplateView> tagged(ChecklistTemplate template) {
        return Versions.tagged(template.version(), TemplateView.of(template));
    }

    record TemplateView(
            UUID id,
            String title,
            String description,
            UUID siteId,
            UUID organisationId,
            int publishedVersion,
            List<Question> questions,
            boolean voided) {

        static TemplateView of(ChecklistTemplate template) {
            return new TemplateView(
                    template.id(),
                    template.title(),
                    template.description(),
                    template.siteId(),
                    template.organisationId(),
                    template.publishedVersion(),
                    template.questions(),
                    template.isVoided());
        }
    }
}

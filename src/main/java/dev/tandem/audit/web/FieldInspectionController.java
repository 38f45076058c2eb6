package dev.tandem.audit.web;

import dev.tandem.audit.Checklists;
import dev.tandem.audit.InspectionAccess;
import dev.tandem.audit.InspectionDoneOffline;
import dev.tandem.audit.OfflineInspections;
import dev.tandem.audit.Question;
import dev.tandem.audit.TemplateVersion;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection done on a phone without network: the page carries the published checklists the viewer may inspect
 * with (the phone keeps it, and its script keeps the inspection being done), and the finished inspection goes to the
 * phone's outbox, from which it reaches the server once, whole, with its photos and findings.
 */
@Controller
class FieldInspectionController {

    private static final int WEEK = 7;

    private final Checklists checklists;
    private final OfflineInspections offline;
    private final OrganisationQueries organisations;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    FieldInspectionController(
            Checklists checklists,
            OfflineInspections offline,
            OrganisationQueries organisations,
            SmartValidator validator,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.checklists = checklists;
        this.offline = offline;
        this.organisations = organisations;
        this.validator = validator;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/audit/field")
    String page(Viewer viewer, Locale locale, Model model) {
        if (!InspectionAccess.canStart(viewer)) {
            throw new AccessDeniedException("starting inspections");
        }
        model.addAttribute("checklists", json.writeValueAsString(published(viewer, locale)));
        model.addAttribute("places", organisations.places());
        model.addAttribute("contractors", viewer.contractor() ? List.of() : organisations.organisationOptions(viewer));
        model.addAttribute("owners", owners(viewer));
        model.addAttribute("defaultOwner", viewer.personId());
        model.addAttribute("defaultDue", LocalDate.now(clock).plusDays(WEEK));
        model.addAttribute("conductedBy", viewer.displayName());
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(dev.tandem.audit.InspectionKind.values())
                        .filter(kind -> InspectionAccess.canStart(viewer, kind))
                        .toList());
        return "audit/field";
    }

    /**
     * The inspection sent from the phone's outbox: 201 when stored now, 200 when an earlier sending stored it, or 400
     * with the errors by field ({@code answers.<question>} for a question), nothing written.
     */
    @PostMapping(path = "/audit/field", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> receive(
            @RequestParam(required = false) String inspection,
            @RequestParam MultiValueMap<String, MultipartFile> files,
            Viewer viewer,
            Locale locale) {
        BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "inspection");
        InspectionDoneOffline done = null;
        try {
            done = inspection == null ? null : json.readValue(inspection, InspectionDoneOffline.class);
        } catch (JacksonException unreadable) {
            // answered below as the form's own error
        }
        if (done == null) {
            errors.reject("rule.audit.unreadableInspection");
        } else {
            var checked = new BeanPropertyBindingResult(done, "inspection");
            validator.validate(done, checked);
            errors.addAllErrors(checked);
        }
        var received = done;
        return Forms.attempt(errors, () -> offline.receive(received, pictures(files), signature(files), viewer))
                .<ResponseEntity<?>>map(
                        created -> ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(Map.of(
                                        "id", created.record().id(),
                                        "status", created.record().status())))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .body(Map.of("errors", Forms.fieldErrors(errors, messages, locale))));
    }

    /** The photos sent beside it, each named {@code photo.<question>}. */
    private static Map<String, byte[]> pictures(MultiValueMap<String, MultipartFile> files) {
        var pictures = new LinkedHashMap<String, byte[]>();
        files.forEach((name, parts) -> {
            if (name.startsWith("photo.") && !parts.isEmpty()) {
                var content = Pictures.uploaded(parts.get(0), name);
                if (content != null) {
                    pictures.put(name.substring("photo.".length()), content);
                }
            }
        });
        return pictures;
    }

    /** A joint inspection's signature of the contractor's side, sent as {@code signature}. */
    private static byte[] signature(MultiValueMap<String, MultipartFile> files) {
        var parts = files.get("signature");
        return parts == null || parts.isEmpty() ? null : Pictures.uploaded(parts.get(0), "signature");
    }

    /** The checklists the viewer may inspect with, each at its latest published version, in the reader's language. */
    private List<Map<String, Object>> published(Viewer viewer, Locale locale) {
        return checklists.list(null, Paging.first(Paging.MAX_SIZE), viewer).items().stream()
                .filter(row -> row.publishedVersion() > 0)
                .map(row -> checklist(checklists.version(row.id(), row.publishedVersion(), viewer), locale))
                .toList();
    }

    private static Map<String, Object> checklist(TemplateVersion version, Locale locale) {
        var checklist = new LinkedHashMap<String, Object>();
        checklist.put("id", version.templateId());
        checklist.put("version", version.number());
        checklist.put("title", version.title());
        checklist.put(
                "questions",
                version.questions().stream().map(q -> question(q, locale)).toList());
        return checklist;
    }

    private static Map<String, Object> question(Question question, Locale locale) {
        var asked = new LinkedHashMap<String, Object>();
        asked.put("name", question.name());
        asked.put("type", question.type().name());
        asked.put("section", question.section(locale));
        asked.put("label", question.label(locale));
        asked.put("required", question.required());
        asked.put("minimum", question.minimum());
        asked.put("maximum", question.maximum());
        asked.put(
                "choices",
                question.type().chosen()
                        ? question.choices().stream()
                                .map(choice -> {
                                    var answer = new LinkedHashMap<String, Object>();
                                    answer.put("value", choice.value());
                                    answer.put("label", choice.label(locale));
                                    answer.put("score", choice.score());
                                    return answer;
                                })
                                .toList()
                        : List.of());
        asked.put("showWhen", question.showWhen());
        asked.put("requireNoteWhen", question.requireNoteWhen());
        asked.put("requirePhotoWhen", question.requirePhotoWhen());
        asked.put("requireActionWhen", question.requireActionWhen());
        return asked;
    }

    /** Who may own a finding's action, the viewer first: the owner company's people. */
    private List<Option> owners(Viewer viewer) {
        var owners = new ArrayList<>(organisations.areaOwnerOptions(null, viewer.personId()));
        owners.removeIf(Objects::isNull);
        return owners;
    }
}

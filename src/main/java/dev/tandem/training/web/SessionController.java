package dev.tandem.training.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.access.TrainingAccess;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A sign-in sheet recorded from the page: the safety department for any organisation's people, a contractor's
 * supervisor for their own (their records wait for approval). Every line is checked before anything is written.
 */
@Controller
class SessionController {

    private final TrainingLog log;
    private final CompetenceCatalogue catalogue;
    private final OrganisationQueries organisations;
    private final PlantStructure plant;
    private final Validator validator;
    private final Clock clock;

    SessionController(
            TrainingLog log,
            CompetenceCatalogue catalogue,
            OrganisationQueries organisations,
            PlantStructure plant,
            Validator validator,
            Clock clock) {
        this.log = log;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.plant = plant;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/training/sessions/new")
    String blank(@RequestParam(required = false) UUID organisationId, Viewer viewer, Locale locale, Model model) {
        requireRecorder(viewer);
        var organisation = viewer.contractor() ? viewer.organisationId() : organisationId;
        var today = LocalDate.now(clock.withZone(plant.enterprise().zone()));
        return form(SessionForm.blank(organisation, today), viewer, locale, model);
    }

    @PostMapping("/training/sessions")
    String record(@ModelAttribute("form") SessionForm form, Viewer viewer, Locale locale, Model model) {
        requireRecorder(viewer);
        var command = form.command();
        try {
            var broken = validator.validate(command);
            if (!broken.isEmpty()) {
                var first = broken.iterator().next();
                throw new InvalidRequestException(first.getPropertyPath().toString(), "rule.invalidFields");
            }
            log.recordSession(command, viewer);
        } catch (InvalidRequestException refused) {
            model.addAttribute("refused", refused);
            return form(form, viewer, locale, model);
        }
        return "redirect:/training/records?sessionId=" + command.id();
    }

    private String form(SessionForm form, Viewer viewer, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "competences",
                catalogue.current().stream()
                        .map(competence -> new OrganisationQueries.Option(competence.id(), competence.name(locale)))
                        .toList());
        model.addAttribute("organisations", organisations.organisationOptions(viewer));
        model.addAttribute(
                "people",
                form.organisationId() == null
                        ? null
                        : organisations
                                .people(
                                        new PersonFilter(null, form.organisationId(), null, false),
                                        Paging.first(Paging.MAX_SIZE),
                                        viewer)
                                .items());
        return "training/session";
    }

    private static void requireRecorder(Viewer viewer) {
        if (!TrainingAccess.records(viewer)) {
            throw new AccessDeniedException("recording training");
        }
    }
}

package dev.tandem.training.web;

import dev.tandem.organisation.FilterChoices;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.Competence;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingClearance.Work;
import dev.tandem.training.access.TrainingAccess;
import dev.tandem.training.listing.MatrixFilter;
import dev.tandem.training.listing.TrainingFilter;
import dev.tandem.training.listing.TrainingQueries;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The competence matrix page (people × required competences, filtered, paged, exported) for those who read others'
 * training, and a person's own training page, made for a phone: where they stand in each required competence and
 * their records.
 */
@Controller
class CompetenceMatrixController {

    private final MatrixPage.Reader matrix;
    private final MatrixExports exports;
    private final TrainingClearance clearance;
    private final TrainingQueries queries;
    private final CompetenceCatalogue catalogue;
    private final FilterChoices choices;
    private final OrganisationDirectory directory;

    CompetenceMatrixController(
            MatrixPage.Reader matrix,
            MatrixExports exports,
            TrainingClearance clearance,
            TrainingQueries queries,
            CompetenceCatalogue catalogue,
            FilterChoices choices,
            OrganisationDirectory directory) {
        this.matrix = matrix;
        this.exports = exports;
        this.clearance = clearance;
        this.queries = queries;
        this.catalogue = catalogue;
        this.choices = choices;
        this.directory = directory;
    }

    @GetMapping("/training")
    String matrix(
            @ModelAttribute("filter") MatrixFilter filter, Paging paging, Viewer viewer, Locale locale, Model model) {
        if (!TrainingAccess.readsOthers(viewer)) {
            return "redirect:/training/me";
        }
        model.addAttribute("matrix", matrix.page(filter, paging, viewer, locale));
        var choices = this.choices.of(viewer);
        model.addAttribute("organisations", choices.organisations());
        model.addAttribute("sites", choices.sites());
        model.addAttribute("places", choices.places());
        model.addAttribute("canKeep", TrainingAccess.approves(viewer));
        return "training/matrix";
    }

    @GetMapping("/training/export.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(
            @ModelAttribute("filter") MatrixFilter filter, Paging paging, Viewer viewer) {
        return exports.matrix("xlsx", filter, paging, viewer);
    }

    @GetMapping("/training/export.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @ModelAttribute("filter") MatrixFilter filter, Paging paging, Viewer viewer) {
        return exports.matrix("csv", filter, paging, viewer);
    }

    /** The viewer's own training. */
    @GetMapping("/training/me")
    String mine(Viewer viewer, Model model) {
        if (viewer.personId() == null) {
            throw new NotFoundException("Person", viewer.username());
        }
        return person(viewer.personId(), viewer, model);
    }

    @GetMapping("/training/people/{personId}")
    String person(@PathVariable UUID personId, Viewer viewer, Model model) {
        var standing = clearance.clearedNow(personId, Work.onSite(), viewer);
        model.addAttribute("personId", personId);
        model.addAttribute("personName", directory.personName(personId).orElse(""));
        model.addAttribute("clearance", standing);
        model.addAttribute("competences", competencesById());
        model.addAttribute(
                "records", queries.records(TrainingFilter.ofPerson(personId), Paging.first(Paging.MAX_SIZE), viewer));
        model.addAttribute("own", personId.equals(viewer.personId()));
        return "training/person";
    }

    private Map<UUID, Competence> competencesById() {
        return catalogue.current().stream().collect(Collectors.toMap(Competence::id, Function.identity()));
    }
}

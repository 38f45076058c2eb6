package dev.tandem.training.web;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.Competence;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingClearance.Work;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.listing.TrainingFilter;
import dev.tandem.training.listing.TrainingQueries;
import dev.tandem.training.listing.TrainingQueries.TrainingRow;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's training page, made for a phone: where they stand in each required competence, and their records with
 * the files that prove them, which whoever reads a record downloads.
 */
@Controller
class TrainingPersonController {

    private final TrainingClearance clearance;
    private final TrainingQueries queries;
    private final TrainingEvidence evidence;
    private final CompetenceCatalogue catalogue;
    private final OrganisationDirectory directory;

    TrainingPersonController(
            TrainingClearance clearance,
            TrainingQueries queries,
            TrainingEvidence evidence,
            CompetenceCatalogue catalogue,
            OrganisationDirectory directory) {
        this.clearance = clearance;
        this.queries = queries;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.directory = directory;
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
        var records = queries.records(TrainingFilter.ofPerson(personId), Paging.first(Paging.MAX_SIZE), viewer);
        model.addAttribute("personId", personId);
        model.addAttribute("personName", directory.personName(personId).orElse(""));
        model.addAttribute("clearance", standing);
        model.addAttribute("competences", competencesById());
        model.addAttribute("records", records);
        model.addAttribute(
                "files",
                evidence.ofEach(records.items().stream().map(TrainingRow::id).toList()));
        model.addAttribute("own", personId.equals(viewer.personId()));
        return "training/person";
    }

    private Map<UUID, Competence> competencesById() {
        return catalogue.current().stream().collect(Collectors.toMap(Competence::id, Function.identity()));
    }
}

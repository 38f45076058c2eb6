package dev.tandem.training;

import dev.tandem.history.Catalogue;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of competences and courses, seeded with the usual ones and the Russian programmes; the owner company's
 * safety department adds them, edits their periods and evidence, and voids them. Everyone signed in reads it. An
 * edited period applies to records made from then on; existing records keep their expiry until the safety
 * department recomputes them on purpose.
 */
@Service
@Transactional
public class CompetenceCatalogue {

    private static final Catalogue.Kind KIND = new Catalogue.Kind(
            "competence", "Competence", TrainingAccess::approves, "keeping the competence catalogue");

    private final Catalogue<Competence> catalogue;

    CompetenceCatalogue(Competences competences, History history) {
        this.catalogue = history.catalogue(competences, KIND);
    }

    /** The competences in use, by code. */
    @Transactional(readOnly = true)
    public List<Competence> current() {
        return catalogue.current();
    }

    @Transactional(readOnly = true)
    public Competence competence(UUID id) {
        return catalogue.entry(id);
    }

    /** A competence, voided or not, if there is one: for a caller in a transaction of its own. */
    @Transactional(readOnly = true)
    public Optional<Competence> findCompetence(UUID id) {
        return catalogue.find(id);
    }

    /** A competence in use (not voided), for a record to name. */
    @Transactional(readOnly = true)
    public Optional<Competence> currentCompetence(UUID id) {
        return catalogue.currentEntry(id);
    }

    /** Adds a competence; a repeated request with the same id returns the stored one. */
    public Created<Competence> define(UUID id, DefineCompetence command, Viewer viewer) {
        return catalogue.define(id, command.code(), newId -> Competence.defined(newId, command), viewer);
    }

    /** New names, period or evidence: records already made keep their expiry. */
    public Competence revise(UUID id, Precondition precondition, DefineCompetence command, Viewer viewer) {
        return catalogue.revise(id, precondition, command.code(), competence -> competence.apply(command), viewer);
    }

    public Competence voidCompetence(UUID id, String reason, Viewer viewer) {
        return catalogue.voidEntry(id, reason, viewer);
    }

    static void requireKeeper(Viewer viewer) {
        if (!TrainingAccess.approves(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException(KIND.keeping());
        }
    }
}

package dev.tandem.training;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.ReadRule;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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

    private final Competences competences;
    private final AuditedRecords<Competence> records;
    private final JdbcClient jdbc;

    CompetenceCatalogue(Competences competences, History history, JdbcClient jdbc) {
        this.competences = competences;
        this.records = history.auditing(competences, ReadRule.everyone());
        this.jdbc = jdbc;
    }

    /** The competences in use, by code. */
    @Transactional(readOnly = true)
    public List<Competence> current() {
        return competences.findAll().stream()
                .filter(competence -> !competence.isVoided())
                .sorted(Comparator.comparing(Competence::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public Competence competence(UUID id) {
        return competences.findById(id).orElseThrow(() -> new NotFoundException("Competence", id));
    }

    /** A competence, voided or not, if there is one: for a caller in a transaction of its own. */
    @Transactional(readOnly = true)
    public Optional<Competence> findCompetence(UUID id) {
        return competences.findById(id);
    }

    /** A competence in use (not voided), for a record to name. */
    @Transactional(readOnly = true)
    public Optional<Competence> currentCompetence(UUID id) {
        return id == null ? Optional.empty() : competences.findById(id).filter(competence -> !competence.isVoided());
    }

    /** Adds a competence; a repeated request with the same id returns the stored one. */
    public Created<Competence> define(UUID id, DefineCompetence command, Viewer viewer) {
        requireKeeper(viewer);
        return records.create(
                id,
                newId -> {
                    requireFreeCode(command.code(), newId);
                    return Competence.defined(newId, command);
                },
                viewer);
    }

    /** New names, period or evidence: records already made keep their expiry. */
    public Competence revise(UUID id, Precondition precondition, DefineCompetence command, Viewer viewer) {
        requireKeeper(viewer);
        requireFreeCode(command.code(), id);
        return records.change(competence(id), precondition, competence -> competence.apply(command), viewer);
    }

    public Competence voidCompetence(UUID id, String reason, Viewer viewer) {
        requireKeeper(viewer);
        return records.voidRecord(competence(id), reason, viewer);
    }

    private void requireFreeCode(String code, UUID except) {
        boolean taken = jdbc.sql("select count(*) from competence where lower(code) = lower(:code) and id <> :id")
                        .param("code", code.strip())
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidRequestException("code", "rule.codeTaken");
        }
    }

    static void requireKeeper(Viewer viewer) {
        if (!TrainingAccess.approves(viewer)) {
            throw new AccessDeniedException("keeping the competence catalogue");
        }
    }
}

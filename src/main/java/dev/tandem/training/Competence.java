package dev.tandem.training;

import dev.tandem.history.CatalogueEntry;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A competence or course of the catalogue: its code and names, how long a pass stays valid (as data: the rules that
 * set periods change), the evidence a pass needs, and whether it belongs to a mentor's qualification.
 */
public class Competence extends CatalogueEntry {

    @Id
    private final UUID id;

    private Integer validityMonths;
    private EvidenceKind evidence;
    private boolean mentor;

    @Version
    private Long version;

    @PersistenceCreator
    Competence(
            UUID id,
            String code,
            String nameEn,
            String nameRu,
            Integer validityMonths,
            EvidenceKind evidence,
            boolean mentor,
            Long version) {
        super(code, nameEn, nameRu);
        this.id = id;
        this.validityMonths = validityMonths;
        this.evidence = evidence;
        this.mentor = mentor;
        this.version = version;
    }

    static Competence defined(UUID id, DefineCompetence command) {
        var competence = new Competence(id, null, null, null, null, null, false, null);
        competence.apply(command);
        return competence;
    }

    void apply(DefineCompetence command) {
        name(command.code(), command.nameEn(), command.nameRu());
        validityMonths = command.validityMonths();
        evidence = command.evidence();
        mentor = Boolean.TRUE.equals(command.mentor());
    }

    /** When a pass on the given day expires under today's period; null when it never does. */
    public LocalDate expiryOf(LocalDate completedOn) {
        return validityMonths == null ? null : completedOn.plusMonths(validityMonths);
    }

    @Override
    public String recordType() {
        return "competence";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public Integer validityMonths() {
        return validityMonths;
    }

    public EvidenceKind evidence() {
        return evidence;
    }

    public boolean mentor() {
        return mentor;
    }

    @Override
    public Map<String, Object> snapshot() {
        return snapshotWith(
                "validityMonths", validityMonths,
                "evidence", evidence,
                "mentor", mentor);
    }
}

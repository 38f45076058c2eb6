package dev.tandem.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** A published version of a checklist: what inspections started on it ask, however the template changes after. */
@NamedInterface("inspections")
public record TemplateVersion(
        UUID templateId, int number, String title, List<Question> questions, Instant publishedAt, UUID publishedBy) {

    public TemplateVersion {
        questions = List.copyOf(questions);
    }

    /** The score of answers given to this version, by the one formula. */
    public Scoring.Score score(java.util.Map<String, ?> answers) {
        return Scoring.of(questions, answers);
    }
}

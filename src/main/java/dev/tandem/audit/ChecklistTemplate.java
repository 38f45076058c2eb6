package dev.tandem.audit;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A checklist as its authors edit it: a title page (title, description, the site it is for), its questions in order
 * grouped by section, and how many versions of it were published. Publishing copies the draft into a new version;
 * an inspection keeps the version it was started on. A contractor's supervisor may keep templates of their own
 * organisation; the plant's templates (no organisation) are the safety department's.
 */
@Table("audit_template")
@NamedInterface("inspections")
public class ChecklistTemplate extends Voidable {

    @Id
    private final UUID id;

    private String title;
    private String description;
    private UUID siteId;
    private final UUID organisationId;
    private int publishedVersion;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @MappedCollection(idColumn = "audit_template", keyColumn = "position")
    private List<TemplateQuestion> questions;

    @Version
    private Long version;

    @PersistenceCreator
    ChecklistTemplate(
            UUID id,
            String title,
            String description,
            UUID siteId,
            UUID organisationId,
            int publishedVersion,
            Instant createdAt,
            List<TemplateQuestion> questions,
            Long version) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.siteId = siteId;
        this.organisationId = organisationId;
        this.publishedVersion = publishedVersion;
        this.createdAt = createdAt;
        this.questions = new ArrayList<>(questions);
        this.version = version;
    }

    /** @param organisationId the author's organisation when a contractor's, else null */
    static ChecklistTemplate drafted(UUID id, DefineTemplate definition, UUID organisationId, Instant now) {
        var template = new ChecklistTemplate(id, null, null, null, organisationId, 0, now, List.of(), null);
        template.revise(definition);
        return template;
    }

    /** A new draft; the versions published before stay as they were. */
    void revise(DefineTemplate definition) {
        title = definition.title().strip();
        description =
                definition.description() == null || definition.description().isBlank()
                        ? null
                        : definition.description().strip();
        siteId = definition.siteId();
        questions = new ArrayList<>(
                definition.questions().stream().map(TemplateQuestion::of).toList());
    }

    /** Makes the draft the next version. */
    int publish() {
        if (questions.isEmpty()) {
            throw new InvalidRequestException("questions", "rule.audit.noQuestions");
        }
        return ++publishedVersion;
    }

    @Override
    public String recordType() {
        return "checklist-template";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** The latest version published; 0 while none is. */
    public int publishedVersion() {
        return publishedVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The draft's questions in order. */
    public List<Question> questions() {
        return questions.stream().map(TemplateQuestion::definition).toList();
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<String, Object>(Recorded.fields(
                "title", title,
                "description", description,
                "siteId", siteId,
                "organisationId", organisationId,
                "publishedVersion", publishedVersion));
        fields.putAll(Recorded.numbered("questions", questions, TemplateQuestion::snapshot));
        return fields;
    }
}

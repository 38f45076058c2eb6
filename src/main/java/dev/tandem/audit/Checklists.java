package dev.tandem.audit;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist templates: drafted, revised, published as versions and voided, each step in the template's history.
 * A draft that breaks a rule (a condition naming a question the checklist does not have) is refused whole.
 */
@Service
@Transactional
@NamedInterface("inspections")
public class Checklists {

    private final ChecklistTemplates templates;
    private final AuditedRecords<ChecklistTemplate> records;
    private final TemplateVersions versions;
    private final PlantStructure plant;
    private final JdbcClient jdbc;
    private final Clock clock;

    Checklists(
            ChecklistTemplates templates,
            History history,
            TemplateVersions versions,
            PlantStructure plant,
            JdbcClient jdbc,
            Clock clock) {
        this.templates = templates;
        this.records = history.auditing(templates, TemplateAccess::canRead);
        this.versions = versions;
        this.plant = plant;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Created<ChecklistTemplate> draft(UUID id, DefineTemplate definition, Viewer viewer) {
        if (!TemplateAccess.keeps(viewer)) {
            throw new AccessDeniedException("keeping checklist templates");
        }
        return records.create(
                id,
                (replayer, stored) -> {
                    if (!TemplateAccess.canChange(replayer, stored)) {
                        throw new AccessDeniedException("keeping this checklist template");
                    }
                },
                newId -> ChecklistTemplate.drafted(
                        newId, checked(definition), viewer.scopeOrganisation(), Instant.now(clock)),
                viewer);
    }

    @Transactional(readOnly = true)
    public ChecklistTemplate template(UUID id, Viewer viewer) {
        return templates
                .findById(id)
                .filter(template -> TemplateAccess.canRead(viewer, template))
                .orElseThrow(() -> new NotFoundException("ChecklistTemplate", id));
    }

    public ChecklistTemplate revise(UUID id, Precondition precondition, DefineTemplate definition, Viewer viewer) {
        var template = changeable(id, viewer);
        var checked = checked(definition);
        return records.change(template, precondition, changed -> changed.revise(checked), viewer);
    }

    /** Publishes the draft as the next version: inspections started from now on ask it; earlier ones keep theirs. */
    public ChecklistTemplate publish(UUID id, Precondition precondition, Viewer viewer) {
        var template = changeable(id, viewer);
        var number = new int[1];
        var published = records.change(template, precondition, changed -> number[0] = changed.publish(), viewer);
        versions.add(published, number[0], viewer.userId(), Instant.now(clock));
        return published;
    }

    public ChecklistTemplate voidTemplate(UUID id, String reason, Viewer viewer) {
        return records.voidRecord(changeable(id, viewer), reason, viewer);
    }

    /** A published version of a template the viewer reads. */
    @Transactional(readOnly = true)
    public TemplateVersion version(UUID id, int number, Viewer viewer) {
        template(id, viewer);
        return versions.find(id, number).orElseThrow(() -> new NotFoundException("TemplateVersion", id + "/" + number));
    }

    /** A template whoever reads it, for Tandem's own rounds. */
    ChecklistTemplate templateForRound(UUID id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("ChecklistTemplate", id));
    }

    /** A published version, for a record that keeps it and checked who reads it itself. */
    TemplateVersion publishedVersion(UUID id, int number) {
        return versions.find(id, number).orElseThrow(() -> new NotFoundException("TemplateVersion", id + "/" + number));
    }

    /** The templates the viewer reads, by title; voided ones left out. */
    @Transactional(readOnly = true)
    public Page<TemplateRow> list(String search, Paging paging, Viewer viewer) {
        var query = TemplateAccess.readable(
                        new ListQuery("audit_template t left join site s on s.id = t.site_id")
                                .countedFrom("audit_template t"),
                        viewer,
                        "t.organisation_id")
                .where("t.voided_at is null")
                .search(search, "t.title");
        return query.page(
                jdbc,
                """
                t.id, t.title, t.site_id, s.name as site_name, t.organisation_id, t.published_version,
                (select count(*) from audit_template_question q where q.audit_template = t.id) as questions""",
                TemplateRow.class,
                paging,
                Map.of("title", "t.title", "publishedVersion", "t.published_version"),
                "t.title");
    }

    /** A template in a list: how many questions its draft has and its latest version (0: none published). */
    public record TemplateRow(
            UUID id,
            String title,
            UUID siteId,
            String siteName,
            UUID organisationId,
            int publishedVersion,
            long questions) {}

    /** A template the viewer reads and may change. */
    ChecklistTemplate changeable(UUID id, Viewer viewer) {
        var template = template(id, viewer);
        if (!TemplateAccess.canChange(viewer, template)) {
            throw new AccessDeniedException("changing this checklist template");
        }
        return template;
    }

    private DefineTemplate checked(DefineTemplate definition) {
        definition.check();
        if (definition.siteId() != null
                && plant.currentSite(definition.siteId()).isEmpty()) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        return definition;
    }
}

package dev.tandem.investigation.lessons;

import dev.tandem.equipment.EquipmentType;
import dev.tandem.investigation.LessonStatus;
import dev.tandem.investigation.RootCauseClass;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of lessons learned as an SQL projection: the published cards, and for those who read an investigation
 * its card at any stage; found by their words in either language (stemmed, or any part of a word or code), by site,
 * kind of record, machine type and root-cause class; each card's text in the reader's language when it has one. The
 * investigation a card comes from is named only to those who read it.
 */
@Component
@Transactional(readOnly = true)
public class LessonQueries {

    private static final String FROM =
            """
            investigation_lesson l join investigation i on i.id = l.investigation_id
            join site s on s.id = l.site_id""";

    private static final String TEXT = "t.happened || ' ' || t.why || ' ' || t.learned || ' ' || t.did";

    private static final Map<String, String> SORTABLE = Map.of(
            "published", "l.published_at",
            "site", "s.name",
            "category", "l.category",
            "status", "l.status");

    private static final String LATEST_FIRST = "l.published_at desc nulls first, l.id";

    private final JdbcClient jdbc;

    LessonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param q words or a code the card's text holds, in either language
     * @param category the kind of record investigated: a safety event's type, or DOWNTIME
     * @param status PUBLISHED when none is named
     */
    public record LessonFilter(
            String q,
            UUID siteId,
            String category,
            EquipmentType equipmentType,
            RootCauseClass rootClass,
            LessonStatus status,
            Boolean voided) {}

    /** A card of the library, its text in the reader's language when it has one; its investigation for its readers. */
    public record LessonRow(
            UUID id,
            LessonStatus status,
            String category,
            EquipmentType equipmentType,
            String rootClasses,
            UUID siteId,
            String siteName,
            String writtenIn,
            Instant publishedAt,
            boolean showOnScreens,
            String happened,
            String why,
            String learned,
            String did,
            UUID investigationId,
            String investigationTitle,
            boolean voided) {

        public List<RootCauseClass> rootClassList() {
            return rootClasses == null || rootClasses.isEmpty()
                    ? List.of()
                    : Arrays.stream(rootClasses.split(","))
                            .map(RootCauseClass::valueOf)
                            .toList();
        }
    }

    public Page<LessonRow> lessons(LessonFilter filter, Paging paging, Viewer viewer, String language) {
        return query(filter, viewer, language)
                .page(jdbc, columns(viewer), LessonRow.class, paging, SORTABLE, LATEST_FIRST);
    }

    private static ListQuery query(LessonFilter filter, Viewer viewer, String language) {
        var status = filter.status() == null ? LessonStatus.PUBLISHED : filter.status();
        var query = LessonAccess.readable(new ListQuery(FROM), viewer)
                .param("language", language)
                .where("l.status = :status", "status", status.name())
                .where("l.site_id = :site", "site", filter.siteId())
                .where("l.category = :category", "category", filter.category())
                .where(
                        "l.equipment_type = :equipmentType",
                        "equipmentType",
                        filter.equipmentType() == null
                                ? null
                                : filter.equipmentType().name())
                .where(
                        "cast(:rootClass as text) = any(l.root_classes)",
                        "rootClass",
                        filter.rootClass() == null ? null : filter.rootClass().name())
                .leavingOut("l.voided_at", filter.voided());
        if (filter.q() != null && !filter.q().isBlank()) {
            query.where(
                            "exists (select 1 from investigation_lesson_text t where t.lesson = l.id and (to_tsvector('russian', "
                                    + TEXT + ") @@ websearch_to_tsquery('russian', :q) or (" + TEXT
                                    + ") ilike :qPart escape '\\'))",
                            "q",
                            filter.q())
                    .param(
                            "qPart",
                            "%"
                                    + filter.q()
                                            .strip()
                                            .replace("\\", "\\\\")
                                            .replace("%", "\\%")
                                            .replace("_", "\\_") + "%");
        }
        return query;
    }

    private static String columns(Viewer viewer) {
        var readsInvestigation = LessonAccess.investigationReadable(viewer);
        return """
                l.id, l.status, l.category, l.equipment_type, array_to_string(l.root_classes, ',') as root_classes,
                l.site_id, s.name as site_name, l.written_in, l.published_at, l.show_on_screens,
                %s, case when %s then l.investigation_id end as investigation_id,
                case when %s then i.title end as investigation_title, l.voided_at is not null as voided"""
                .formatted(
                        String.join(", ", List.of(part("happened"), part("why"), part("learned"), part("did"))),
                        readsInvestigation,
                        readsInvestigation);
    }

    /** A part of the card in the reader's language, or else in the language it was written in. */
    private static String part(String column) {
        return """
                coalesce((select t.%1$s from investigation_lesson_text t where t.lesson = l.id and t.language = :language),
                         (select t.%1$s from investigation_lesson_text t where t.lesson = l.id and t.language = l.written_in))
                  as %1$s"""
                .formatted(column);
    }
}

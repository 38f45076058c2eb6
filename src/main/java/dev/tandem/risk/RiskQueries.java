package dev.tandem.risk;

import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.risk.matrix.RiskMatrix;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register as SQL projections within what the viewer may read: the list, the heat map's counts per cell and the
 * sentence per site. Due for review is derived from the review date and the enterprise's today, never stored.
 *
 * <p>A read opens no transaction of its own (it joins the caller's, if any): a list's count and page are one statement,
 * a heat map's counts another, and a BEGIN and COMMIT would add a round trip to each. Nor are its reads annotated with
 * {@code SUPPORTS}: passing through the transaction interceptor for nothing cost some 5 % of a request's CPU. The export
 * opens its cursor's by a template: an annotated method made the class a proxy, calling every read by reflection.
 */
@Component
public class RiskQueries {

    /**
     * A list reads the register alone, chooses its page, and only then looks up the names of the page's rows, each by a
     * subquery of its own. Joined, the four tables of names made PostgreSQL weigh join orders and caches on every call
     * (a list's statement is planned on every call): some two thirds of the time it took to plan one. And a heat map
     * over the joins could not count from an index alone, though the joins were left out. Every risk has its site,
     * area, category and owner (the columns are not null and the keys are checked), so each lookup finds one name.
     */
    private static final String FROM = "risk_entry r";

    private static final String SITE_NAME = "(select s.name from site s where s.id = r.site_id)";
    private static final String AREA_NAME = "(select a.name from area a where a.id = r.area_id)";
    private static final String OWNER_NAME = "(select p.full_name from person p where p.id = r.owner_person_id)";

    private static String category(String column) {
        return "(select c." + column + " from hazard_category c where c.id = r.hazard_category_id)";
    }

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("externalId", "r.external_id"),
            Map.entry("hazard", "r.hazard"),
            Map.entry("activity", "r.activity"),
            Map.entry("category", category("code")),
            Map.entry("band", "r.band_rank"),
            Map.entry("residualBand", "r.residual_band_rank"),
            Map.entry("severity", "coalesce(r.severity, 0)"),
            Map.entry("likelihood", "coalesce(r.likelihood, 0)"),
            Map.entry(
                    "status",
                    "array_position(array['IDENTIFIED', 'ASSESSED', 'MITIGATED', 'ELIMINATED', "
                            + "'ACCEPTED'], r.status)"),
            Map.entry("fatal", "r.fatal"),
            Map.entry("site", SITE_NAME),
            Map.entry("area", AREA_NAME),
            Map.entry("owner", OWNER_NAME),
            Map.entry("review", "r.review_date"),
            Map.entry("created", "r.created_at"));

    /** The fields a list or an export may be sorted by. */
    public static Map<String, String> sortable() {
        return SORTABLE;
    }

    /**
     * Fatal first, then the worst band, the worst severity and likelihood: what a reader should see first. The band's
     * rank is stored (V40) and the order indexed for the enterprise and per site, as written here.
     */
    private static final String ORDER =
            "r.fatal desc, r.band_rank desc nulls last, r.severity desc nulls last, r.likelihood desc nulls last,"
                    + " r.created_at, r.id";

    /**
     * Today in the enterprise's time zone, worked out by the statement that needs it from {@code :now} (the clock's
     * instant): a list does not read the enterprise in a statement of its own.
     */
    static final String TODAY =
            "(select (cast(:now as timestamptz) at time zone e.time_zone)::date from enterprise e limit 1)";

    private static final String COLUMNS =
            """
            r.id, r.external_id, r.site_id, %s as site_name, r.area_id, %s as area_name, r.activity,
            r.hazard_category_id, %s as category_code, %s as category_en, %s as category_ru,
            r.hazard, r.unwanted_event, r.consequence, r.owner_person_id, %s as owner_name, r.review_date,
            r.fatal, r.status, r.likelihood, r.severity, r.band, r.residual_likelihood, r.residual_severity,
            r.residual_band, r.voided_at is null and r.review_date <= %s as due_for_review,
            r.voided_at is not null as voided"""
                    .formatted(
                            SITE_NAME,
                            AREA_NAME,
                            category("code"),
                            category("name_en"),
                            category("name_ru"),
                            OWNER_NAME,
                            RiskQueries.TODAY);

    /** Rows an export reads from the database at a time. */
    private static final int EXPORT_FETCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcClient exporting;
    private final RiskMatrices matrices;
    private final Clock clock;
    private final dev.tandem.organisation.PlantStructure plant;
    private final RiskAccess access;
    private final TransactionTemplate readOnly;

    RiskQueries(
            JdbcClient jdbc,
            javax.sql.DataSource dataSource,
            RiskMatrices matrices,
            Clock clock,
            dev.tandem.organisation.PlantStructure plant,
            RiskAccess access,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        var cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        cursor.setFetchSize(EXPORT_FETCH);
        this.exporting = JdbcClient.create(cursor);
        this.matrices = matrices;
        this.clock = clock;
        this.plant = plant;
    }

    /** @param dueForReview whether its review date is today or past */
    public record RiskRow(
            UUID id,
            String externalId,
            UUID siteId,
            String siteName,
            UUID areaId,
            String areaName,
            String activity,
            UUID hazardCategoryId,
            String categoryCode,
            String categoryEn,
            String categoryRu,
            String hazard,
            String unwantedEvent,
            String consequence,
            UUID ownerPersonId,
            String ownerName,
            LocalDate reviewDate,
            boolean fatal,
            RiskStatus status,
            Integer likelihood,
            Integer severity,
            Band band,
            Integer residualLikelihood,
            Integer residualSeverity,
            Band residualBand,
            boolean dueForReview,
            boolean voided) {

        public String category(java.util.Locale locale) {
            return "ru".equals(locale.getLanguage()) ? categoryRu : categoryEn;
        }
    }

    public Page<RiskRow> risks(RiskFilter filter, Paging paging, Viewer viewer) {
        return filtered(filter, viewer).page(jdbc, COLUMNS, RiskRow.class, paging, SORTABLE, ORDER);
    }

    /**
     * Every selected risk in the list's order, handed over one at a time as the database sends them (through a
     * cursor, in a read-only transaction): the export, which holds no more than a batch of them.
     */
    public void forEachRisk(RiskFilter filter, String sort, Viewer viewer, java.util.function.Consumer<RiskRow> each) {
        readOnly.executeWithoutResult(transaction -> filtered(filter, viewer)
                .forEach(exporting, COLUMNS, RiskRow.class, Paging.export(sort), SORTABLE, ORDER, each));
    }

    /** One risk as the list shows it, voided or not. */
    public Optional<RiskRow> risk(UUID id, Viewer viewer) {
        var query = filtered(RiskFilter.none().withVoided(), viewer).where("r.id = :id", "id", id);
        return query.rows(jdbc, COLUMNS, RiskRow.class, Paging.first(1), SORTABLE, ORDER).stream()
                .findFirst();
    }

    /** The risks among {@code ids} that the viewer may read, voided or not, in no particular order. */
    public List<RiskRow> risks(java.util.Collection<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = filtered(RiskFilter.none().withVoided(), viewer).where("r.id in (:ids)", "ids", Set.copyOf(ids));
        return query.rows(jdbc, COLUMNS, RiskRow.class, Paging.first(ids.size()), SORTABLE, ORDER);
    }

    /** How many risks lie in one cell of the heat map. */
    public record Cell(int likelihood, int severity, Band band, long count) {}

    /**
     * The heat map of the selected risks before measures (INHERENT) or after them (RESIDUAL): the count in every cell
     * of the current matrix, coloured by the cell's band. Risks assessed on an older version count in the cell of
     * their likelihood and severity.
     */
    public List<Cell> heatMap(RiskFilter filter, Viewer viewer) {
        var selected = filter.anyCell();
        var prefix = selected.residual() ? "r.residual_" : "r.";
        var counted = filtered(selected, viewer)
                .where(prefix + "likelihood is not null")
                .grouped(
                        jdbc,
                        RiskMatrices.CURRENT_ID + " as matrix_id, " + prefix + "likelihood as likelihood, " + prefix
                                + "severity as severity, count(*) as count",
                        prefix + "likelihood, " + prefix + "severity",
                        Counted.class);
        // the counts name the current matrix, read in their statement; with no count, it is asked for
        var matrix = counted.isEmpty()
                ? matrices.current()
                : matrices.published(counted.get(0).matrixId());
        return cells(matrix, counted);
    }

    /**
     * The sentence of a site, or of the enterprise when {@code siteId} is null: risks identified, how many of them
     * fatal, how many eliminated by compensating measures.
     */
    public record Summary(UUID siteId, String siteName, long identified, long fatal, long eliminated) {}

    /** The sentence of every site the viewer reads risks of, then the enterprise's. */
    public List<Summary> summaries(Viewer viewer) {
        var sites = new java.util.ArrayList<>(filtered(RiskFilter.none(), viewer)
                .grouped(
                        jdbc,
                        """
                        r.site_id, %s as site_name, count(*) as identified, count(*) filter (where r.fatal) as fatal,
                        count(*) filter (where r.status = 'ELIMINATED') as eliminated"""
                                .formatted(SITE_NAME),
                        "r.site_id",
                        Summary.class));
        sites.sort(java.util.Comparator.comparing(Summary::siteName));
        sites.add(new Summary(
                null,
                null,
                sites.stream().mapToLong(Summary::identified).sum(),
                sites.stream().mapToLong(Summary::fatal).sum(),
                sites.stream().mapToLong(Summary::eliminated).sum()));
        return sites;
    }

    private record Counted(UUID matrixId, int likelihood, int severity, long count) {}

    private static List<Cell> cells(RiskMatrix matrix, List<Counted> counted) {
        var counts = new long[matrix.likelihoodLevels() + 1][matrix.severityLevels() + 1];
        for (var cell : counted) {
            if (matrix.contains(cell.likelihood(), cell.severity())) {
                counts[cell.likelihood()][cell.severity()] += cell.count();
            }
        }
        var severities = matrix.severityLevelsAscending();
        var cells = new java.util.ArrayList<Cell>();
        for (int likelihood : matrix.likelihoodsDescending()) {
            for (int severity : severities) {
                cells.add(new Cell(
                        likelihood, severity, matrix.band(likelihood, severity), counts[likelihood][severity]));
            }
        }
        return cells;
    }

    private ListQuery filtered(RiskFilter filter, Viewer viewer) {
        var prefix = filter.residual() ? "r.residual_" : "r.";
        return access.readable(new ListQuery(FROM).columnsOfThePageOnly("r"), viewer)
                .param("now", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .search(filter.q(), "r.external_id", "r.activity", "r.hazard", "r.unwanted_event", "r.consequence")
                .where("r.site_id = :site", "site", filter.siteId())
                .where("r.area_id = :area", "area", filter.areaId())
                .where("r.hazard_category_id = :category", "category", filter.hazardCategoryId())
                .where(prefix + "band = :band", "band", name(filter.band()))
                .whether("r.fatal", filter.fatal())
                .where("r.status = :status", "status", name(filter.status()))
                .where("r.owner_person_id = :owner", "owner", filter.ownerPersonId())
                .where(prefix + "likelihood = :likelihood", "likelihood", filter.likelihood())
                .where(prefix + "severity = :severity", "severity", filter.severity())
                .where(Boolean.TRUE.equals(filter.dueForReview()) ? "r.review_date <= " + TODAY : "true")
                .leavingOut("r.voided_at", filter.voided());
    }

    /** Today in the enterprise's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(plant.enterprise().zone()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

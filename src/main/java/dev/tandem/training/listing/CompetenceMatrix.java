package dev.tandem.training.listing;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import dev.tandem.training.Standing;
import dev.tandem.training.access.TrainingAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People × the competences required of them, each cell VALID, EXPIRING within 30 days, EXPIRED or MISSING (a blank
 * where nothing is required of that person) on the day it is on each person's site: a page of people, filtered by
 * organisation, site, position and work in an area, within what the viewer reads; its columns are every competence
 * required of anyone the filter selects. Its reads open no transaction of their own: each is one statement, and a page
 * needs four.
 */
@Component
public class CompetenceMatrix {

    private static final String PEOPLE = "person p join organisation o on o.id = p.organisation_id";

    private static final Map<String, String> SORTABLE =
            Map.of("name", "p.full_name", "position", "p.position", "organisation", "o.name");

    private static final String ORDER = "p.full_name, p.id";

    /** The fields the matrix may be sorted by. */
    public static Map<String, String> sortable() {
        return SORTABLE;
    }

    private static final String ROW_COLUMNS =
            """
            p.id as person_id, p.full_name, p.position, p.organisation_id, o.name as organisation_name,
            o.kind = 'CONTRACTOR' as contractor, p.site_id""";

    private final JdbcClient jdbc;
    private final Standings standings;
    private final Clock clock;

    CompetenceMatrix(JdbcClient jdbc, Standings standings, Clock clock) {
        this.jdbc = jdbc;
        this.standings = standings;
        this.clock = clock;
    }

    /** A competence some selected person is required to hold. */
    public record Column(UUID competenceId, String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    /** One person's standing in a competence; null standing where it is not required of them. */
    public record Cell(UUID competenceId, Standing standing, LocalDate expiresOn) {}

    /** A person with a cell per column, in the columns' order. */
    public record Row(
            UUID personId,
            String fullName,
            String position,
            UUID organisationId,
            String organisationName,
            boolean contractor,
            List<Cell> cells) {}

    public record Matrix(List<Column> columns, Page<Row> rows) {}

    private record Person(
            UUID personId,
            String fullName,
            String position,
            UUID organisationId,
            String organisationName,
            boolean contractor,
            UUID siteId) {}

    public Matrix matrix(MatrixFilter filter, Paging paging, Viewer viewer) {
        var columns = columns(filter, viewer);
        var people = people(filter, viewer).page(jdbc, ROW_COLUMNS, Person.class, paging, SORTABLE, ORDER);
        return new Matrix(columns, rows(people, filter.areaId(), columns));
    }

    /** Every selected person's row, a batch at a time, in the matrix's order: the export. */
    public void forEachRow(MatrixFilter filter, String sort, Viewer viewer, List<Column> columns, Consumer<Row> each) {
        int size = Paging.MAX_SIZE * 5;
        for (int page = 0; ; page++) {
            var people = people(filter, viewer)
                    .page(jdbc, ROW_COLUMNS, Person.class, new Paging(page, size, sort), SORTABLE, ORDER);
            rows(people, filter.areaId(), columns).items().forEach(each);
            if (!people.hasNext()) {
                return;
            }
        }
    }

    /**
     * The columns of the selection: every competence required of anyone it selects (for work in the filter's area,
     * when it names one), by code.
     */
    public List<Column> columns(MatrixFilter filter, Viewer viewer) {
        var selected = people(filter, viewer);
        return jdbc.sql("with selected as (" + selected.select("p.id, p.position, p.area_id") + ")"
                        + " select c.id as competence_id, c.code, c.name_en, c.name_ru from competence c"
                        + " where c.id in (select q.competence_id from (" + Standings.REQUIRED + ") q)"
                        + " order by c.code")
                .params(selected.params())
                .param("area", filter.areaId())
                .query(RecordRows.of(Column.class))
                .list();
    }

    private ListQuery people(MatrixFilter filter, Viewer viewer) {
        return select(new ListQuery(PEOPLE), filter, viewer);
    }

    private ListQuery select(ListQuery query, MatrixFilter filter, Viewer viewer) {
        query.where("p.voided_at is null")
                .where("o.voided_at is null")
                .where("p.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("p.site_id = :site", "site", filter.siteId())
                .where("lower(btrim(p.position)) = lower(btrim(:position))", "position", filter.position())
                .where("(o.kind = 'CONTRACTOR') = :contractors", "contractors", filter.contractors())
                .search(filter.q(), "p.full_name");
        return TrainingAccess.readable(query, viewer, "p.id", "p.organisation_id");
    }

    private Page<Row> rows(Page<Person> people, UUID areaId, List<Column> columns) {
        var ids = people.items().stream().map(Person::personId).toList();
        var passes = standings.of(ids, areaId, java.util.Set.of(), Instant.now(clock));
        return people.map(person -> {
            var held = passes.getOrDefault(person.personId(), Map.of());
            var cells = new ArrayList<Cell>(columns.size());
            for (var column : columns) {
                var passesOf = held.get(column.competenceId());
                cells.add(
                        passesOf == null
                                ? new Cell(column.competenceId(), null, null)
                                : new Cell(column.competenceId(), passesOf.standing(), passesOf.expiresOn()));
            }
            return new Row(
                    person.personId(),
                    person.fullName(),
                    person.position(),
                    person.organisationId(),
                    person.organisationName(),
                    person.contractor(),
                    cells);
        });
    }
}

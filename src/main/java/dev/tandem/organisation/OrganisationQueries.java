package dev.tandem.organisation;

import dev.tandem.organisation.kinds.OrganisationKind;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists of the organisation module as SQL projections, filtered, sorted, paged and scoped to the viewer. */
@Component
public class OrganisationQueries {

    private final JdbcClient jdbc;

    OrganisationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SiteRow(UUID id, String code, String name, String timeZone, String address, boolean voided) {}

    public record SiteFilter(String q, Boolean voided) {}

    public Page<SiteRow> sites(SiteFilter filter, Paging paging) {
        return new ListQuery("site s")
                .search(filter.q(), "s.name", "s.code")
                .leavingOut("s.voided_at", filter.voided())
                .page(
                        jdbc,
                        "s.id, s.code, s.name, s.time_zone, s.address, s.voided_at is not null as voided",
                        SiteRow.class,
                        paging,
                        Map.of("code", "s.code", "name", "s.name"),
                        "s.name, s.id");
    }

    public record AreaRow(
            UUID id,
            UUID siteId,
            String siteName,
            String code,
            String name,
            UUID ownerId,
            String ownerName,
            boolean voided) {}

    public record AreaFilter(UUID siteId, UUID ownerId, String q, Boolean voided) {}

    public Page<AreaRow> areas(AreaFilter filter, Paging paging) {
        return new ListQuery("area a join site s on s.id = a.site_id left join person p on p.id = a.owner_id")
                .where("a.site_id = :site", "site", filter.siteId())
                .where("a.owner_id = :owner", "owner", filter.ownerId())
                .search(filter.q(), "a.name", "a.code", "p.full_name")
                .leavingOut("a.voided_at", filter.voided())
                .page(
                        jdbc,
                        "a.id, a.site_id, s.name as site_name, a.code, a.name, a.owner_id,"
                                + " p.full_name as owner_name, a.voided_at is not null as voided",
                        AreaRow.class,
                        paging,
                        Map.of("code", "a.code", "name", "a.name", "site", "s.name", "owner", "p.full_name"),
                        "s.name, a.name, a.id");
    }

    public record OrganisationRow(
            UUID id,
            String name,
            OrganisationKind kind,
            OrganisationStatus status,
            String taxNumber,
            String contactEmail,
            String contactPhone,
            long people,
            boolean voided) {}

    public record OrganisationFilter(String q, OrganisationKind kind, OrganisationStatus status, Boolean voided) {}

    public Page<OrganisationRow> organisations(OrganisationFilter filter, Paging paging, Viewer viewer) {
        return new ListQuery("organisation o")
                .visibleTo(viewer, "o.id")
                .search(filter.q(), "o.name", "o.tax_number")
                .where(
                        "o.kind = :kind",
                        "kind",
                        filter.kind() == null ? null : filter.kind().name())
                .where(
                        "o.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .leavingOut("o.voided_at", filter.voided())
                .page(
                        jdbc,
                        "o.id, o.name, o.kind, o.status, o.tax_number, o.contact_email, o.contact_phone,"
                                + " (select count(*) from person p where p.organisation_id = o.id"
                                + " and p.voided_at is null) as people, o.voided_at is not null as voided",
                        OrganisationRow.class,
                        paging,
                        Map.of("name", "o.name", "status", "o.status", "kind", "o.kind"),
                        "o.kind desc, o.name, o.id");
    }

    public record PersonRow(
            UUID id,
            UUID organisationId,
            String organisationName,
            String fullName,
            String personnelNumber,
            String position,
            UUID siteId,
            String siteName,
            String email,
            String phone,
            boolean voided) {}

    public record PersonFilter(String q, UUID organisationId, UUID siteId, Boolean voided) {}

    /** The directory of people: for supervisors, managers and the safety department, not for workers. */
    public Page<PersonRow> people(PersonFilter filter, Paging paging, Viewer viewer) {
        viewer.requireRole(OrganisationRegister.DIRECTORY_READERS);
        return new ListQuery(
                        "person p join organisation o on o.id = p.organisation_id left join site s on s.id = p.site_id")
                .visibleTo(viewer, "p.organisation_id")
                .where("p.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("p.site_id = :site", "site", filter.siteId())
                .search(filter.q(), "p.full_name", "p.personnel_number", "p.position", "p.email")
                .leavingOut("p.voided_at", filter.voided())
                .page(
                        jdbc,
                        "p.id, p.organisation_id, o.name as organisation_name, p.full_name, p.personnel_number,"
                                + " p.position, p.site_id, s.name as site_name, p.email, p.phone,"
                                + " p.voided_at is not null as voided",
                        PersonRow.class,
                        paging,
                        Map.of(
                                "name", "p.full_name",
                                "number", "p.personnel_number",
                                "organisation", "o.name",
                                "position", "p.position",
                                "site", "s.name"),
                        "p.full_name, p.id");
    }

    /** A short choice list for a form: id and label. */
    public record Option(UUID id, String label) {}

    public List<Option> siteOptions() {
        return jdbc.sql("select id, name as label from site where voided_at is null order by name, id")
                .query(RecordRows.of(Option.class))
                .list();
    }

    /** Every current area, named with its site, for choosing where a person works. */
    public List<Option> areaOptions() {
        return jdbc.sql(
                        """
                        select a.id, s.name || ' — ' || a.name as label from area a join site s on s.id = a.site_id
                        where a.voided_at is null and s.voided_at is null order by s.name, a.name""")
                .query(RecordRows.of(Option.class))
                .list();
    }

    /** A site with its current areas, for choosing where something happened. */
    public record SitePlaces(UUID siteId, String siteName, List<Option> areas) {}

    public List<SitePlaces> places() {
        var sites = new LinkedHashMap<UUID, SitePlaces>();
        jdbc.sql(
                        """
                        select s.id as site_id, s.name as site_name, a.id as area_id, a.name as area_name
                        from site s left join area a on a.site_id = s.id and a.voided_at is null
                        where s.voided_at is null order by s.name, s.id, a.name, a.id""")
                .query(rs -> {
                    var siteId = rs.getObject("site_id", UUID.class);
                    if (!sites.containsKey(siteId)) {
                        sites.put(siteId, new SitePlaces(siteId, rs.getString("site_name"), new ArrayList<>()));
                    }
                    var place = sites.get(siteId);
                    var areaId = rs.getObject("area_id", UUID.class);
                    if (areaId != null) {
                        place.areas().add(new Option(areaId, rs.getString("area_name")));
                    }
                });
        return List.copyOf(sites.values());
    }

    /** Every current organisation the viewer may see: a plant has hundreds of contractors, not millions. */
    public List<Option> organisationOptions(Viewer viewer) {
        return options(new ListQuery("organisation o").visibleTo(viewer, "o.id"));
    }

    /**
     * The current contractors the viewer may see, by name (a contractor's people: their own), for choosing among the
     * contractors' records: the owner company is none of them.
     */
    public List<Option> contractorOptions(Viewer viewer) {
        return options(new ListQuery("organisation o").visibleTo(viewer, "o.id").where("o.kind = 'CONTRACTOR'"));
    }

    /** The current organisations of a query, the owner company first. */
    private List<Option> options(ListQuery organisations) {
        return organisations
                .where("o.voided_at is null")
                .page(
                        jdbc,
                        "o.id, o.name as label",
                        Option.class,
                        Paging.first(Paging.EXPORT_SIZE),
                        Map.of(),
                        "o.kind desc, o.name, o.id")
                .items();
    }

    /**
     * People of the owner company who may own an area, matched by name or position, at most a page of them (the
     * form searches for more), with {@code current} always among them so that saving never drops it.
     */
    public List<Option> areaOwnerOptions(String q, UUID current) {
        var options = new ArrayList<>(ownerCompanyPeople(q));
        if (current != null && options.stream().noneMatch(option -> option.id().equals(current))) {
            personOption(current).ifPresent(option -> options.add(0, option));
        }
        return options;
    }

    /**
     * A person picker's choices: the people the viewer reads whose name, personnel number, position or e-mail matches
     * the search or, without one, those of the organisation given; at most a page of them (the picker searches for
     * more), each with their organisation, and {@code current} always among them so that saving never drops it.
     */
    public List<Option> personOptions(String q, UUID organisationId, UUID current, Viewer viewer) {
        var filter = q == null || q.isBlank()
                ? new PersonFilter(null, organisationId, null, false)
                : new PersonFilter(q, null, null, false);
        var options = new ArrayList<Option>();
        people(filter, Paging.first(Paging.MAX_SIZE), viewer).items().stream()
                .map(person -> new Option(person.id(), person.fullName() + " — " + person.organisationName()))
                .forEach(options::add);
        if (current != null && options.stream().noneMatch(option -> option.id().equals(current))) {
            personOption(current).ifPresent(option -> options.add(0, option));
        }
        return options;
    }

    /** One person as a choice, whoever they work for; for showing a record's current value. */
    public Optional<Option> personOption(UUID id) {
        return jdbc.sql("select p.id, p.full_name || coalesce(' — ' || p.position, '') as label from person p"
                        + " where p.id = :id")
                .param("id", id)
                .query(RecordRows.of(Option.class))
                .optional();
    }

    private List<Option> ownerCompanyPeople(String q) {
        return new ListQuery("person p join organisation o on o.id = p.organisation_id")
                .where("o.kind = 'OWNER'")
                .where("p.voided_at is null")
                .search(q, "p.full_name", "p.position")
                .page(
                        jdbc,
                        "p.id, p.full_name || coalesce(' — ' || p.position, '') as label",
                        Option.class,
                        Paging.first(Paging.MAX_SIZE),
                        Map.of(),
                        "p.full_name")
                .items();
    }

    /** Counts for a start page, within what the viewer may see. */
    public record Summary(long sites, long areas, long people, Map<OrganisationStatus, Long> contractorsByStatus) {}

    public Summary summary(Viewer viewer) {
        long sites = jdbc.sql("select count(*) from site where voided_at is null")
                .query(Long.class)
                .single();
        long areas = jdbc.sql("select count(*) from area where voided_at is null")
                .query(Long.class)
                .single();
        long people = jdbc.sql("select count(*) from person where voided_at is null"
                        + " and (cast(:scope as uuid) is null or organisation_id = :scope)")
                .param("scope", viewer.scopeOrganisation())
                .query(Long.class)
                .single();
        var byStatus = new EnumMap<OrganisationStatus, Long>(OrganisationStatus.class);
        jdbc.sql("select status, count(*) as n from organisation where kind = 'CONTRACTOR' and voided_at is null"
                        + " and (cast(:scope as uuid) is null or id = :scope) group by status")
                .param("scope", viewer.scopeOrganisation())
                .query((rs, row) -> byStatus.put(OrganisationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return new Summary(sites, areas, people, byStatus);
    }

    /** The areas a line manager owns, with their site. */
    public List<AreaRow> areasOwnedBy(UUID personId) {
        return areas(new AreaFilter(null, personId, null, false), Paging.first(Paging.MAX_SIZE))
                .items();
    }
}

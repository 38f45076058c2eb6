package dev.tandem.organisation;

import dev.tandem.shared.RecordRows;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask about people and organisations without seeing the aggregates. */
@Component
public class OrganisationDirectory {

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the organisation exists and is not voided. */
    public boolean isCurrentOrganisation(UUID organisationId) {
        return organisationId != null
                && jdbc.sql("select count(*) from organisation where id = :id and voided_at is null")
                                .param("id", organisationId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** The membership of a current person in a current organisation; empty once either is voided. */
    public Optional<Membership> membership(UUID personId) {
        return jdbc.sql(
                        """
                        select p.id as person_id, p.full_name, p.organisation_id,
                               o.kind = 'CONTRACTOR' as contractor, p.site_id, p.area_id
                        from person p join organisation o on o.id = p.organisation_id
                        where p.id = :person and p.voided_at is null and o.voided_at is null""")
                .param("person", personId)
                .query(RecordRows.of(Membership.class))
                .optional();
    }

    /** The e-mail address of a current person, if the register has one: where notifications are e-mailed. */
    public Optional<String> personEmail(UUID personId) {
        return Optional.ofNullable(personEmails(List.of(personId)).get(personId));
    }

    /** The e-mail addresses of those of the people who are current and have one, in one query. */
    public Map<UUID, String> personEmails(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(
                        """
                        select id, email from person
                        where id = any(:people) and voided_at is null and email is not null and btrim(email) <> ''""")
                .param("people", personIds.toArray(UUID[]::new))
                .query((row, number) -> Map.entry(
                        row.getObject("id", UUID.class), row.getString("email").strip()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The one current person the register gives this e-mail address (case and spaces aside); empty when nobody or
     * several people have it.
     */
    public Optional<UUID> personWithEmail(String email) {
        var people = jdbc.sql(
                        """
                        select id from person
                        where voided_at is null and lower(btrim(email)) = lower(btrim(:email)) limit 2""")
                .param("email", email)
                .query(UUID.class)
                .list();
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    /** A person's name as the register keeps it, voided or not: records name who took part even after they left. */
    public Optional<String> personName(UUID personId) {
        return jdbc.sql("select full_name from person where id = :person")
                .param("person", personId)
                .query(String.class)
                .optional();
    }

    /** The names of the people, voided or not, by id, in one query. */
    public Map<UUID, String> personNames(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, full_name from person where id = any(:people)")
                .param("people", personIds.toArray(UUID[]::new))
                .query((row, number) -> Map.entry(row.getObject("id", UUID.class), row.getString("full_name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** An organisation's name, voided or not. */
    public Optional<String> organisationName(UUID organisationId) {
        return jdbc.sql("select name from organisation where id = :organisation")
                .param("organisation", organisationId)
                .query(String.class)
                .optional();
    }

    /** A current person of the owner company as a spreadsheet names them: by name, and by e-mail when names repeat. */
    public record OwnerPerson(UUID id, String fullName, String email) {}

    /** Every current person of the owner company, by name: who may own a risk or an action. */
    public List<OwnerPerson> ownerCompanyPeople() {
        return jdbc.sql(
                        """
                        select p.id, p.full_name, nullif(btrim(p.email), '') as email
                        from person p join organisation o on o.id = p.organisation_id
                        where o.kind = 'OWNER' and p.voided_at is null and o.voided_at is null
                        order by p.full_name, p.id""")
                .query(RecordRows.of(OwnerPerson.class))
                .list();
    }

    /** A current person as the plant's spreadsheets name them: by personnel number, or by e-mail. */
    public record NamedPerson(UUID id, UUID organisationId, UUID siteId, String personnelNumber, String email) {}

    /** The current people of an organisation, or of every organisation when it is null, in one query. */
    public List<NamedPerson> namedPeople(UUID organisationId) {
        return jdbc.sql(
                        """
                        select p.id, p.organisation_id, p.site_id, nullif(btrim(p.personnel_number), '') as number,
                               nullif(btrim(p.email), '') as email
                        from person p join organisation o on o.id = p.organisation_id
                        where p.voided_at is null and o.voided_at is null
                          and (cast(:organisation as uuid) is null or p.organisation_id = :organisation)""")
                .param("organisation", organisationId)
                .query((row, number) -> new NamedPerson(
                        row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class),
                        row.getObject("site_id", UUID.class),
                        row.getString("number"),
                        row.getString("email")))
                .list();
    }
}

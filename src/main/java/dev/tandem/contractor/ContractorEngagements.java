package dev.tandem.contractor;

import dev.tandem.shared.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module may read of engagements (the meetings held every rotation: whose work, where, when, and who
 * mentors it), as the viewer may read the contractor's file, or for Tandem's own figures and timed work.
 */
@Component
@Transactional(readOnly = true)
public class ContractorEngagements {

    private static final String SELECT =
            """
            select e.id, e.organisation_id, o.name as organisation_name, e.site_id, e.starts_on, e.ends_on,
                   e.description, e.mentor_person_id, e.status, e.voided_at is not null as voided
            from contractor_engagement e join organisation o on o.id = e.organisation_id
            """;

    private final JdbcClient jdbc;

    ContractorEngagements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An engagement as another module needs it.
     *
     * @param status PLANNED while being agreed, ACTIVE while the work is under way, CLOSED when it is done
     */
    public record EngagementFacts(
            UUID id,
            UUID organisationId,
            String organisationName,
            UUID siteId,
            LocalDate startsOn,
            LocalDate endsOn,
            String description,
            UUID mentorPersonId,
            String status,
            boolean voided) {

        /** Whether the work was agreed and started: under way or done, and not voided. */
        public boolean started() {
            return !voided && !"PLANNED".equals(status);
        }

        /** Whether the day is within the engagement's dates. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    /**
     * A row read by position: a record mapped by its names would look up each camel-case name first, and the driver
     * answers every miss with an exception (six a row).
     */
    private static EngagementFacts facts(ResultSet row, int number) throws SQLException {
        return new EngagementFacts(
                row.getObject(1, UUID.class),
                row.getObject(2, UUID.class),
                row.getString(3),
                row.getObject(4, UUID.class),
                row.getObject(5, LocalDate.class),
                row.getObject(6, LocalDate.class),
                row.getString(7),
                row.getObject(8, UUID.class),
                row.getString(9),
                row.getBoolean(10));
    }

    /** The engagement, if the viewer reads its contractor's file. */
    public Optional<EngagementFacts> find(UUID id, Viewer viewer) {
        return facts(List.of(id)).values().stream()
                .filter(engagement -> ContractorAccess.canRead(viewer, engagement.organisationId()))
                .findFirst();
    }

    /** The engagements among the ids, by id, for Tandem's own figures and timed work (no viewer's scope). */
    public Map<UUID, EngagementFacts> facts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + "where e.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(ContractorEngagements::facts)
                .list()
                .stream()
                .collect(Collectors.toMap(EngagementFacts::id, Function.identity()));
    }

    /** The contractor's engagements, latest first, if the viewer reads its file. */
    public List<EngagementFacts> ofContractor(UUID organisationId, Viewer viewer) {
        ContractorAccess.requireRead(viewer, organisationId);
        return jdbc.sql(SELECT + "where e.organisation_id = :organisation order by e.starts_on desc, e.id")
                .param("organisation", organisationId)
                .query(ContractorEngagements::facts)
                .list();
    }

    /** The engagements the person mentors, latest first. */
    public List<EngagementFacts> mentoredBy(UUID personId) {
        return jdbc.sql(SELECT + "where e.mentor_person_id = :person order by e.starts_on desc, e.id")
                .param("person", personId)
                .query(ContractorEngagements::facts)
                .list();
    }
}

package dev.tandem.meeting.holding;

import dev.tandem.meeting.MeetingAccess;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Meetings as lists show them, latest first, within the viewer's scope. */
@Component
@Transactional(readOnly = true)
public class MeetingQueries {

    private static final String FROM =
            "meeting_record m left join organisation o on o.id = m.organisation_id join site s on s.id = m.site_id";

    private static final String COLUMNS =
            """
            m.id, m.kind, m.engagement_id, m.organisation_id, o.name as organisation_name, m.site_id,
            s.name as site_name, m.held_at, m.place, m.status,
            (select count(*) from meeting_attendee a where a.meeting_record = m.id and a.present) as present,
            (select count(*) from meeting_decision d where d.meeting_record = m.id) as decisions,
            m.voided_at is not null as voided""";

    private static final Map<String, String> SORTABLE = Map.of(
            "heldAt", "m.held_at", "status", "m.status", "kind", "m.kind", "site", "s.name", "contractor", "o.name");

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MeetingRow(
            UUID id,
            MeetingKind kind,
            UUID engagementId,
            UUID organisationId,
            String organisationName,
            UUID siteId,
            String siteName,
            Instant heldAt,
            String place,
            MeetingStatus status,
            long present,
            long decisions,
            boolean voided) {}

    /**
     * @param engagementId one engagement's meetings
     * @param organisationId one contractor's meetings
     * @param siteId one site's meetings
     * @param kind rotation meetings or committees only
     * @param voided voided ones as well
     */
    public record MeetingFilter(
            UUID engagementId,
            UUID organisationId,
            UUID siteId,
            MeetingKind kind,
            MeetingStatus status,
            Boolean voided) {

        public static MeetingFilter ofEngagement(UUID engagementId) {
            return new MeetingFilter(engagementId, null, null, null, null, null);
        }

        /** The meetings of a site's safety committee. */
        public static MeetingFilter ofCommittee(UUID siteId) {
            return new MeetingFilter(null, null, siteId, MeetingKind.COMMITTEE, null, null);
        }
    }

    /** A page of meetings; refused to those who read no meetings. */
    public Page<MeetingRow> meetings(MeetingFilter filter, Paging paging, Viewer viewer) {
        if (!MeetingAccess.readsMeetings(viewer)) {
            throw new AccessDeniedException("reading meetings");
        }
        var query = MeetingAccess.readable(new ListQuery(FROM), viewer)
                .where("m.engagement_id = :engagement", "engagement", filter.engagementId())
                .where("m.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("m.site_id = :site", "site", filter.siteId())
                .where(
                        "m.kind = :kind",
                        "kind",
                        filter.kind() == null ? null : filter.kind().name())
                .where(
                        "m.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .leavingOut("m.voided_at", filter.voided());
        return query.page(jdbc, COLUMNS, MeetingRow.class, paging, SORTABLE, "m.held_at desc, m.id");
    }
}

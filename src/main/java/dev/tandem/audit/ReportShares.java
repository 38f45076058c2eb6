package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links that open a completed inspection's report without signing in, for someone outside Tandem (an insurer, the
 * contractor's head office): made by those who read the inspection and answer for it (a safety specialist, a line
 * manager, a director, the contractor's supervisor for its own work), unguessable (256 random bits, of which only the
 * hash is kept), valid for a number of days, revocable at once, and each with its trail: who made it, who revoked it,
 * and every opening.
 */
@Service
@Transactional
public class ReportShares {

    static final int MOST_DAYS = 90;
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Role[] SHARERS = {
        Role.HSE_SPECIALIST, Role.LINE_MANAGER, Role.DIRECTOR, Role.CONTRACTOR_SUPERVISOR
    };

    private final InspectionWork work;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportShares(InspectionWork work, JdbcClient jdbc, Clock clock) {
        this.work = work;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the viewer may share the inspection's report and revoke its links. */
    public static boolean canShare(Viewer viewer, Inspection inspection) {
        return InspectionAccess.canRead(viewer, inspection)
                && inspection.status() == InspectionStatus.COMPLETED
                && !inspection.isVoided()
                && viewer.has(SHARERS);
    }

    /**
     * A new link, valid for {@code days}; its token is given only now.
     *
     * @param token what the link carries: shown once, never stored
     */
    public record NewShare(UUID id, String token, Instant expiresAt) {}

    public NewShare share(UUID inspectionId, int days, Viewer viewer) {
        var inspection = shareable(inspectionId, viewer);
        if (days < 1 || days > MOST_DAYS) {
            throw new InvalidRequestException("days", "rule.audit.shareDays", MOST_DAYS);
        }
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        var now = Instant.now(clock);
        var expires = now.plus(Duration.ofDays(days));
        jdbc.sql(
                        """
                        insert into audit_report_share
                            (id, inspection_id, token_hash, created_by, created_by_name, created_at, expires_at)
                        values (:id, :inspection, :hash, :by, :name, :at, :expires)""")
                .param("id", id)
                .param("inspection", inspection.id())
                .param("hash", hash(token))
                .param("by", viewer.userId())
                .param("name", viewer.displayName())
                .param("at", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
        return new NewShare(id, token, expires);
    }

    /** Revokes a link of the inspection at once; a link revoked already stays as it was. */
    public void revoke(UUID inspectionId, UUID shareId, Viewer viewer) {
        var inspection = shareable(inspectionId, viewer);
        var found = jdbc.sql(
                        """
                        update audit_report_share set revoked_at = coalesce(revoked_at, :at),
                               revoked_by_name = coalesce(revoked_by_name, :name)
                        where id = :id and inspection_id = :inspection""")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("name", viewer.displayName())
                .param("id", shareId)
                .param("inspection", inspection.id())
                .update();
        if (found == 0) {
            throw new NotFoundException("ReportShare", shareId);
        }
    }

    /** A link with its trail; never its token. */
    public record ShareRow(
            UUID id,
            String createdByName,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            String revokedByName,
            long openings,
            Instant lastOpenedAt) {

        public boolean open(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** The inspection's links, the latest first, to a viewer who may share it. */
    @Transactional(readOnly = true)
    public List<ShareRow> shares(UUID inspectionId, Viewer viewer) {
        var inspection = shareable(inspectionId, viewer);
        return jdbc.sql(
                        """
                        select s.id, s.created_by_name, s.created_at, s.expires_at, s.revoked_at, s.revoked_by_name,
                               count(o.opened_at) as openings, max(o.opened_at) as last_opened_at
                        from audit_report_share s left join audit_report_share_opening o on o.share_id = s.id
                        where s.inspection_id = :inspection
                        group by s.id order by s.created_at desc, s.id""")
                .param("inspection", inspection.id())
                .query(RecordRows.of(ShareRow.class))
                .list();
    }

    /** The inspection a link opens, while it is neither expired nor revoked; the opening is recorded. */
    public Optional<Inspection> open(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        var share = jdbc.sql(
                        """
                        select id, inspection_id from audit_report_share
                        where token_hash = :hash and revoked_at is null and expires_at > :now""")
                .param("hash", hash(token))
                .param("now", Timestamp.from(now))
                .query((row, n) -> new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)})
                .optional();
        share.ifPresent(
                found -> jdbc.sql("insert into audit_report_share_opening (share_id, opened_at) values (:id, :at)")
                        .param("id", found[0])
                        .param("at", Timestamp.from(now))
                        .update());
        return share.map(found -> work.storedInspection(found[1])).filter(inspection -> !inspection.isVoided());
    }

    private Inspection shareable(UUID inspectionId, Viewer viewer) {
        var inspection = work.inspection(inspectionId, viewer);
        if (!viewer.has(SHARERS)) {
            throw new AccessDeniedException("sharing inspections' reports");
        }
        if (!canShare(viewer, inspection)) {
            throw new InvalidRequestException("inspection", "rule.audit.shareCompletedOnly");
        }
        return inspection;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package dev.tandem.notification;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.StaleRecordException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's mutes and quiet hours, as the channels consult them: the in-app notification is always stored, and
 * what these hold back is e-mail, webhooks and the bell's sound. Nothing ever holds back a CRITICAL notification.
 * Quiet hours are read on the clock of the person's site (the enterprise's for a person of no site).
 */
@Service
@Transactional
public class NotificationPreferences {

    private static final int MAX_MUTED = 100;

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the person muted this kind; only an INFO kind can be muted. */
    @Transactional(readOnly = true)
    public boolean muted(UUID personId, String kind, Severity severity) {
        return mutedAmong(List.of(personId), kind, severity).contains(personId);
    }

    /** Those of the people who muted this kind, in one query however many they are; none for a kind above INFO. */
    @Transactional(readOnly = true)
    public Set<UUID> mutedAmong(Collection<UUID> people, String kind, Severity severity) {
        if (severity != Severity.INFO || people.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(
                        """
                        select person_id from notification_muted_kind
                        where kind = :kind and person_id = any(:people)""")
                .param("kind", kind)
                .param("people", people.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    /** Whether the moment falls in the person's quiet hours, on their site's clock. */
    @Transactional(readOnly = true)
    public boolean inQuietHours(UUID personId, Instant at) {
        return inQuietHoursAmong(List.of(personId), at).contains(personId);
    }

    /** Those of the people for whom the moment falls in their quiet hours, in one query however many they are. */
    private Set<UUID> inQuietHoursAmong(Collection<UUID> people, Instant at) {
        if (people.isEmpty()) {
            return Set.of();
        }
        var quiet = new HashSet<UUID>();
        jdbc.sql(
                        """
                        select q.person_id, q.quiet_from, q.quiet_until, coalesce(s.time_zone, e.time_zone) as zone
                        from notification_preference q
                        join person p on p.id = q.person_id
                        left join site s on s.id = p.site_id
                        cross join (select time_zone from enterprise limit 1) e
                        where q.person_id = any(:people) and q.quiet_from is not null""")
                .param("people", people.toArray(UUID[]::new))
                .query((rs, row) -> {
                    var hours = new QuietHours(
                            rs.getObject("quiet_from", LocalTime.class), rs.getObject("quiet_until", LocalTime.class));
                    if (hours.contains(LocalTime.ofInstant(at, ZoneId.of(rs.getString("zone"))))) {
                        quiet.add(rs.getObject("person_id", UUID.class));
                    }
                    return null;
                })
                .list();
        return quiet;
    }

    /**
     * Whether e-mail, webhooks and the bell's sound wait for this notification: it is muted or comes in quiet hours,
     * and it is not CRITICAL. The one question a channel asks.
     */
    @Transactional(readOnly = true)
    public boolean holdsBack(UUID personId, String kind, Severity severity, Instant at) {
        return holds(severity, muted(personId, kind, severity), inQuietHours(personId, at));
    }

    /** The same question for a batch of notifications, in two queries however many they are: the ids held back. */
    @Transactional(readOnly = true)
    public Set<UUID> holdingBack(Collection<Notification> notifications, Instant at) {
        var people = notifications.stream().map(Notification::recipientPersonId).collect(Collectors.toSet());
        var quiet = inQuietHoursAmong(people, at);
        var muted = new HashSet<List<Object>>();
        jdbc.sql("select person_id, kind from notification_muted_kind where person_id = any(:people)")
                .param("people", people.toArray(UUID[]::new))
                .query((rs, row) -> muted.add(List.of(rs.getObject("person_id", UUID.class), rs.getString("kind"))))
                .list();
        return notifications.stream()
                .filter(notification -> holds(
                        notification.severity(),
                        notification.severity() == Severity.INFO
                                && muted.contains(List.of(notification.recipientPersonId(), notification.kind())),
                        quiet.contains(notification.recipientPersonId())))
                .map(Notification::id)
                .collect(Collectors.toSet());
    }

    private static boolean holds(Severity severity, boolean muted, boolean quiet) {
        return severity != Severity.CRITICAL && (muted || quiet);
    }

    /** The viewer's own preferences; none saved yet reads as no mutes and no quiet hours. */
    @Transactional(readOnly = true)
    public Preferences of(Viewer viewer) {
        if (viewer.personId() == null) {
            return Preferences.none(null);
        }
        var muted = new HashSet<>(jdbc.sql("select kind from notification_muted_kind where person_id = :person")
                .param("person", viewer.personId())
                .query(String.class)
                .list());
        return jdbc.sql(
                        "select quiet_from, quiet_until, version from notification_preference where person_id = :person")
                .param("person", viewer.personId())
                .query((rs, row) -> new Preferences(
                        viewer.personId(),
                        muted,
                        quietHours(
                                rs.getObject("quiet_from", LocalTime.class),
                                rs.getObject("quiet_until", LocalTime.class)),
                        rs.getLong("version")))
                .optional()
                .orElseGet(() -> Preferences.none(viewer.personId()));
    }

    /**
     * Replaces the viewer's own preferences (nobody sets another person's).
     *
     * @throws InvalidRequestException on {@code mutedKinds} for a kind that is unknown or not INFO, on
     *     {@code quietFrom}/{@code quietUntil} for half or empty quiet hours, on {@code personId} for an account that
     *     is no person of the plant
     */
    public Preferences change(ChangePreferences change, Precondition precondition, Viewer viewer) {
        if (viewer.personId() == null) {
            throw new InvalidRequestException("personId", "rule.preferencesNeedPerson");
        }
        check(change);
        var current = of(viewer);
        precondition.check(current.version(), "Preferences", viewer.personId());
        var stored = jdbc.sql(
                        """
                        insert into notification_preference (person_id, quiet_from, quiet_until, version)
                        values (:person, :from, :until, 1)
                        on conflict (person_id) do update
                        set quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                            version = notification_preference.version + 1
                        where notification_preference.version = :seen""")
                .param("person", viewer.personId())
                .param("from", change.quietFrom())
                .param("until", change.quietUntil())
                .param("seen", current.version())
                .update();
        if (stored == 0) {
            throw new StaleRecordException("Preferences", viewer.personId());
        }
        jdbc.sql("delete from notification_muted_kind where person_id = :person")
                .param("person", viewer.personId())
                .update();
        for (var kind : change.mutedKinds()) {
            jdbc.sql("insert into notification_muted_kind (person_id, kind) values (:person, :kind)")
                    .param("person", viewer.personId())
                    .param("kind", kind)
                    .update();
        }
        return of(viewer);
    }

    private void check(ChangePreferences change) {
        if ((change.quietFrom() == null) != (change.quietUntil() == null)) {
            throw new InvalidRequestException(
                    change.quietFrom() == null ? "quietFrom" : "quietUntil", "rule.quietHoursWhole");
        }
        if (change.quietFrom() != null && change.quietFrom().equals(change.quietUntil())) {
            throw new InvalidRequestException("quietUntil", "rule.quietHoursLength");
        }
        if (change.mutedKinds().size() > MAX_MUTED) {
            throw new InvalidRequestException("mutedKinds", "rule.tooMany", MAX_MUTED);
        }
        for (var kind : change.mutedKinds()) {
            var known = kind == null ? Optional.<NotificationKind>empty() : NotificationKinds.of(kind);
            if (known.isEmpty()) {
                throw new InvalidRequestException("mutedKinds", "rule.noSuchKind");
            }
            if (known.get().severity() != Severity.INFO) {
                throw new InvalidRequestException("mutedKinds", "rule.muteInfoOnly");
            }
        }
    }

    private static Optional<QuietHours> quietHours(LocalTime from, LocalTime until) {
        return from == null || until == null ? Optional.empty() : Optional.of(new QuietHours(from, until));
    }
}

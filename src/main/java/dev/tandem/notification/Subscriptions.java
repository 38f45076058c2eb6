package dev.tandem.notification;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears of each kind at each site, as the safety department and administrators set it: the roles for every site,
 * and the sites with rules of their own (which replace those for that site). The rows are the ones
 * {@link NotificationRules} reads; each kind's rows change as one {@link RuleSet}, on the version the change was made
 * on, and every change lands in its history.
 */
@Service
@Transactional
public class Subscriptions {

    private final JdbcClient jdbc;
    private final CurrentSites sites;
    private final RuleSets sets;
    private final AuditedRecords<RuleSet> records;
    private final History history;

    Subscriptions(JdbcClient jdbc, CurrentSites sites, RuleSets sets, History history) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.sets = sets;
        this.records = history.auditing(sets, (viewer, set) -> Ladders.mayKeep(viewer));
        this.history = history;
    }

    /** A kind's subscriptions as they are to be: the roles for every site, and each site's own roles. */
    public record ChangeSubscriptions(Set<RecipientRole> everySite, Map<UUID, Set<RecipientRole>> ownBySite) {

        public ChangeSubscriptions {
            everySite = everySite == null ? Set.of() : Set.copyOf(everySite);
            ownBySite = ownBySite == null ? Map.of() : Map.copyOf(ownBySite);
        }
    }

    /** Every kind's rules, in the order of {@link NotificationKinds#all()}. */
    @Transactional(readOnly = true)
    public List<RuleSet> all(Viewer viewer) {
        Ladders.requireKeeper(viewer);
        var rows = rows(null);
        return NotificationKinds.all().stream()
                .map(kind -> loaded(kind.key(), rows))
                .toList();
    }

    /** One kind's rules; a kind nobody has changed yet is at version 0. */
    @Transactional(readOnly = true)
    public RuleSet one(String kind, Viewer viewer) {
        Ladders.requireKeeper(viewer);
        var known = known(kind);
        return loaded(known.key(), rows(known.key()));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(RuleSet set, Viewer viewer) {
        Ladders.requireKeeper(viewer);
        return history.of(set);
    }

    /**
     * Replaces a kind's subscriptions.
     *
     * @param precondition the version the change was made on
     * @throws InvalidRequestException on {@code site} for a site that is not in use
     */
    public RuleSet change(String kind, ChangeSubscriptions change, Precondition precondition, Viewer viewer) {
        Ladders.requireKeeper(viewer);
        var known = known(kind);
        for (var site : change.ownBySite().keySet()) {
            if (!sites.inUse(site)) {
                throw new InvalidRequestException("site", "rule.noSuchSite");
            }
        }
        jdbc.sql("insert into notification_rule_set (id, kind, version) values (:id, :kind, 0)"
                        + " on conflict (kind) do nothing")
                .param("id", UUID.randomUUID())
                .param("kind", known.key())
                .update();
        var set = loaded(known.key(), rows(known.key()));
        var changed = records.change(set, precondition, it -> it.hold(change.everySite(), change.ownBySite()), viewer);
        jdbc.sql("delete from notification_rule where kind = :kind")
                .param("kind", known.key())
                .update();
        change.everySite().forEach(role -> insert(known.key(), null, role));
        change.ownBySite().forEach((site, roles) -> roles.forEach(role -> insert(known.key(), site, role)));
        return changed;
    }

    private static NotificationKind known(String kind) {
        return NotificationKinds.of(kind).orElseThrow(() -> new NotFoundException("Notification kind", kind));
    }

    /** The kind's set as stored (a new one at version 0 when it has none yet) holding its rows. */
    private RuleSet loaded(String kind, List<Row> rows) {
        var set = sets.findByKind(kind).orElseGet(() -> new RuleSet(null, kind, 0L));
        var everySite = EnumSet.noneOf(RecipientRole.class);
        var own = new HashMap<UUID, Set<RecipientRole>>();
        for (var row : rows) {
            if (!row.kind().equals(kind)) {
                continue;
            }
            if (row.siteId() == null) {
                everySite.add(row.role());
            } else {
                own.computeIfAbsent(row.siteId(), site -> EnumSet.noneOf(RecipientRole.class))
                        .add(row.role());
            }
        }
        set.hold(everySite, own);
        return set;
    }

    private record Row(String kind, UUID siteId, RecipientRole role) {}

    /** The rows of one kind, or of every kind. */
    private List<Row> rows(String kind) {
        return jdbc.sql("select kind, site_id, role from notification_rule"
                        + " where cast(:kind as text) is null or kind = :kind")
                .param("kind", kind)
                .query((rs, row) -> new Row(
                        rs.getString("kind"),
                        rs.getObject("site_id", UUID.class),
                        RecipientRole.valueOf(rs.getString("role"))))
                .list();
    }

    private void insert(String kind, UUID site, RecipientRole role) {
        jdbc.sql(
                        "insert into notification_rule (id, kind, site_id, role, version) values (:id, :kind, :site, :role, 0)")
                .param("id", UUID.randomUUID())
                .param("kind", kind)
                .param("site", site)
                .param("role", role.name())
                .update();
    }
}

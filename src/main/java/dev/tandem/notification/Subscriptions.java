package dev.tandem.notification;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * {@link NotificationRules} reads.
 */
@Service
@Transactional
public class Subscriptions {

    private final JdbcClient jdbc;
    private final CurrentSites sites;

    Subscriptions(JdbcClient jdbc, CurrentSites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    /** A kind's roles for every site ({@code siteId} null) or for one site of its own. */
    public record Subscription(String kind, UUID siteId, Set<RecipientRole> roles) {}

    /** A kind's subscriptions as they are to be: the roles for every site, and each site's own roles. */
    public record ChangeSubscriptions(Set<RecipientRole> everySite, Map<UUID, Set<RecipientRole>> ownBySite) {

        public ChangeSubscriptions {
            everySite = everySite == null ? Set.of() : Set.copyOf(everySite);
            ownBySite = ownBySite == null ? Map.of() : Map.copyOf(ownBySite);
        }
    }

    /** Every kind's subscriptions, those for every site first. */
    @Transactional(readOnly = true)
    public List<Subscription> all(Viewer viewer) {
        Ladders.requireKeeper(viewer);
        var found = new java.util.LinkedHashMap<List<Object>, Subscription>();
        jdbc.sql("select kind, site_id, role from notification_rule order by kind, site_id nulls first, role")
                .query((rs, row) -> {
                    var kind = rs.getString("kind");
                    var site = rs.getObject("site_id", UUID.class);
                    found.computeIfAbsent(
                                    java.util.Arrays.asList(kind, site),
                                    key -> new Subscription(kind, site, EnumSet.noneOf(RecipientRole.class)))
                            .roles()
                            .add(RecipientRole.valueOf(rs.getString("role")));
                    return null;
                })
                .list();
        return new ArrayList<>(found.values());
    }

    /**
     * Replaces a kind's subscriptions.
     *
     * @throws InvalidRequestException on {@code site} for a site that is not in use
     */
    public void change(String kind, ChangeSubscriptions change, Viewer viewer) {
        Ladders.requireKeeper(viewer);
        var known = NotificationKinds.of(kind).orElseThrow(() -> new NotFoundException("Notification kind", kind));
        for (var site : change.ownBySite().keySet()) {
            if (!sites.inUse(site)) {
                throw new InvalidRequestException("site", "rule.noSuchSite");
            }
        }
        jdbc.sql("delete from notification_rule where kind = :kind")
                .param("kind", known.key())
                .update();
        change.everySite().forEach(role -> insert(known.key(), null, role));
        change.ownBySite().forEach((site, roles) -> roles.forEach(role -> insert(known.key(), site, role)));
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

package dev.tandem.notification;

import dev.tandem.notification.CurrentSites.CurrentSite;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules and ladder steps that name a role nobody holds at a site, so that the safety department sees them
 * instead of notifications silently reaching nobody. Only the roles tied to a site are judged: the owner, the area
 * manager and the contractor's supervisor depend on each record.
 */
@Component
@Transactional(readOnly = true)
public class UnheldRoles {

    private static final Set<RecipientRole> SITE_ROLES =
            EnumSet.of(RecipientRole.SITE_HSE, RecipientRole.SITE_DIRECTOR, RecipientRole.MANAGING_DIRECTOR);

    private final CurrentSites sites;
    private final Recipients recipients;
    private final Subscriptions subscriptions;
    private final Ladders ladders;

    UnheldRoles(CurrentSites sites, Recipients recipients, Subscriptions subscriptions, Ladders ladders) {
        this.sites = sites;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.ladders = ladders;
    }

    /** A role named for a kind that nobody holds at a site. */
    public record Unheld(String kind, RecipientRole role, String siteName, boolean inLadder) {}

    public List<Unheld> all(Viewer viewer) {
        var sites = this.sites.all();
        var found = new ArrayList<Unheld>();
        var seen = new HashSet<Unheld>();
        for (var set : subscriptions.all(viewer)) {
            for (var site : sites) {
                set.ownBySite()
                        .getOrDefault(site.id(), set.everySite())
                        .forEach(role -> check(set.kind(), role, site, false, found, seen));
            }
        }
        for (var ladder : ladders.all(viewer)) {
            for (var site : sites) {
                ladder.steps().forEach(step -> check(ladder.kind(), step.role(), site, true, found, seen));
            }
        }
        return found;
    }

    private void check(
            String kind, RecipientRole role, CurrentSite site, boolean inLadder, List<Unheld> found, Set<Unheld> seen) {
        if (!SITE_ROLES.contains(role)) {
            return;
        }
        var unheld = new Unheld(kind, role, site.name(), inLadder);
        if (!seen.contains(unheld)
                && recipients.viewers(Set.of(role), new AtSite(site.id())).isEmpty()) {
            seen.add(unheld);
            found.add(unheld);
        }
    }

    /** Any record of a site that everyone may read: whoever holds a site's role would hear of it. */
    private record AtSite(UUID siteId) implements Subject {

        @Override
        public RecordLink link() {
            return null;
        }

        @Override
        public UUID areaId() {
            return null;
        }

        @Override
        public UUID organisationId() {
            return null;
        }

        @Override
        public UUID ownerPersonId() {
            return null;
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return true;
        }

        @Override
        public boolean settledFor(String kind) {
            return false;
        }
    }
}

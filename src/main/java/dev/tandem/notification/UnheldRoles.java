package dev.tandem.notification;

import dev.tandem.identity.AccountHolders;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules and ladder steps that name a role nobody holds where it applies, so that the safety department sees them
 * instead of notifications silently reaching nobody: the site's safety department or director at a site, the
 * managing director of the enterprise (the setting left empty), the manager of an area (an area without an owner who
 * can sign in), the supervisor of an active contractor (none with an account). The owner is judged by no rule: it is
 * each record's own person. Records without an area go to their site's safety department instead of an area manager
 * (see {@link Recipients}); the page says which kinds that concerns.
 */
@Component
@Transactional(readOnly = true)
public class UnheldRoles {

    private final CurrentSites sites;
    private final Recipients recipients;
    private final Subscriptions subscriptions;
    private final Ladders ladders;
    private final AccountHolders holders;
    private final PlantStructure plant;
    private final JdbcClient jdbc;

    UnheldRoles(
            CurrentSites sites,
            Recipients recipients,
            Subscriptions subscriptions,
            Ladders ladders,
            AccountHolders holders,
            PlantStructure plant,
            JdbcClient jdbc) {
        this.sites = sites;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.ladders = ladders;
        this.holders = holders;
        this.plant = plant;
        this.jdbc = jdbc;
    }

    /** A role named for a kind that nobody holds at the places named (sites, areas, contractors, the enterprise). */
    public record Unheld(String kind, RecipientRole role, List<String> places, boolean inLadder) {

        public String placeNames() {
            return String.join(", ", places);
        }
    }

    /** Where each role is named: by kind, rule or ladder, the sites at which it applies. */
    private record Use(String kind, RecipientRole role, boolean inLadder) {}

    public List<Unheld> all(Viewer viewer) {
        var uses = uses(viewer);
        var found = new ArrayList<Unheld>();
        uses.forEach((use, at) -> {
            var places = unheldPlaces(use.role(), at);
            if (!places.isEmpty()) {
                found.add(new Unheld(use.kind(), use.role(), places, use.inLadder()));
            }
        });
        return found;
    }

    /** The kinds whose rules or ladders name the area manager: for a record without an area, the site's HSE. */
    public List<Unheld> fallingBack(Viewer viewer) {
        var found = new ArrayList<Unheld>();
        uses(viewer).keySet().stream()
                .filter(use -> use.role() == RecipientRole.AREA_MANAGER)
                .forEach(use -> found.add(new Unheld(use.kind(), use.role(), List.of(), use.inLadder())));
        return found;
    }

    private Map<Use, Set<UUID>> uses(Viewer viewer) {
        var current = sites.all();
        var uses = new LinkedHashMap<Use, Set<UUID>>();
        for (var set : subscriptions.all(viewer)) {
            for (var site : current) {
                set.ownBySite().getOrDefault(site.id(), set.everySite()).forEach(role -> uses.computeIfAbsent(
                                new Use(set.kind(), role, false), use -> new LinkedHashSet<>())
                        .add(site.id()));
            }
        }
        for (var ladder : ladders.all(viewer)) {
            for (var step : ladder.steps()) {
                var at = uses.computeIfAbsent(new Use(ladder.kind(), step.role(), true), use -> new LinkedHashSet<>());
                current.forEach(site -> at.add(site.id()));
            }
        }
        return uses;
    }

    private List<String> unheldPlaces(RecipientRole role, Set<UUID> atSites) {
        return switch (role) {
            case SITE_HSE, SITE_HSE_LEAD, SITE_DIRECTOR ->
                sites.all().stream()
                        .filter(site -> atSites.contains(site.id()))
                        .filter(site -> recipients
                                .viewers(Set.of(role), new AtSite(site.id()))
                                .isEmpty())
                        .map(CurrentSites.CurrentSite::name)
                        .toList();
            case MANAGING_DIRECTOR ->
                recipients.viewers(Set.of(role), new AtSite(null)).isEmpty()
                        ? List.of(plant.enterprise().name())
                        : List.of();
            case AREA_MANAGER -> areasWithoutManager(atSites);
            case CONTRACTOR_SUPERVISOR -> contractorsWithoutSupervisor();
            case OWNER, ATTENDEE -> List.of();
        };
    }

    private record AreaOwner(String name, UUID siteId, UUID ownerId) {}

    private List<String> areasWithoutManager(Set<UUID> atSites) {
        var areas = jdbc
                .sql("select a.name, a.site_id, a.owner_id from area a join site s on s.id = a.site_id"
                        + " where a.voided_at is null order by s.code, a.code")
                .query(RecordRows.of(AreaOwner.class))
                .list()
                .stream()
                .filter(area -> atSites.contains(area.siteId()))
                .toList();
        var signingIn = holders.viewersOf(areas.stream()
                        .map(AreaOwner::ownerId)
                        .filter(owner -> owner != null)
                        .collect(Collectors.toSet()))
                .keySet();
        return areas.stream()
                .filter(area -> area.ownerId() == null || !signingIn.contains(area.ownerId()))
                .map(AreaOwner::name)
                .toList();
    }

    private record Contractor(UUID id, String name) {}

    private List<String> contractorsWithoutSupervisor() {
        var supervised = holders.holding(Role.CONTRACTOR_SUPERVISOR).stream()
                .filter(Viewer::contractor)
                .map(Viewer::organisationId)
                .collect(Collectors.toSet());
        return jdbc
                .sql("select id, name from organisation where kind = 'CONTRACTOR' and status = 'ACTIVE'"
                        + " and voided_at is null order by name")
                .query(RecordRows.of(Contractor.class))
                .list()
                .stream()
                .filter(contractor -> !supervised.contains(contractor.id()))
                .map(Contractor::name)
                .toList();
    }

    /** Any record of a site (or of none) that everyone may read: whoever holds a role there would hear of it. */
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

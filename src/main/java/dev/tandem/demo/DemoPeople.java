package dev.tandem.demo;

import dev.tandem.identity.Accounts;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is who at the demo plant, as {@link DemoRun} hired them: everyone, the logins, the safety department, the areas'
 * managers, the contractors and their supervisors, the shop floor; the generators that follow draw their people from
 * here.
 */
final class DemoPeople {

    /** A person drawn for the shop floor of an enterprise-scale plant, to be written in bulk. */
    record ShopFloorPerson(UUID id, RegisterPerson form) {}

    /**
     * A contractor as registered: what it does (its catalogue key), the status the demo's story brings it to (it is
     * registered PROSPECTIVE unless the plant is written in bulk) and its supervisor.
     */
    record Contracted(UUID id, String key, OrganisationStatus status, DemoSafetyYear.Worker supervisor) {}

    // filled by DemoRun as it hires
    final List<UUID> sites = new ArrayList<>();
    final Map<DemoLogin, UUID> loginPeople = new EnumMap<>(DemoLogin.class);
    final Map<UUID, String> positions = new HashMap<>();
    final List<DemoSafetyYear.Worker> workers = new ArrayList<>();
    final List<DemoSafetyYear.Worker> safetyDepartment = new ArrayList<>();
    final Map<UUID, DemoSafetyYear.Worker> areaManagers = new HashMap<>();
    final Map<UUID, DemoSafetyYear.Worker> supervisors = new HashMap<>();
    final Map<UUID, DemoSafetyYear.Worker> siteDirectors = new HashMap<>();
    final List<ShopFloorPerson> shopFloor = new ArrayList<>();
    final List<Contracted> contracted = new ArrayList<>();
    /** The areas of each site, in the order they were made. */
    final Map<UUID, List<UUID>> siteAreas = new HashMap<>();

    private final Accounts accounts;
    private final String craneOperatorTrade;

    /** @param craneOperatorTrade the position of the overhead crane operators, in the plant's language */
    DemoPeople(Accounts accounts, String craneOperatorTrade) {
        this.accounts = accounts;
        this.craneOperatorTrade = craneOperatorTrade;
    }

    /** Everyone hired, for the year of safety events that follows. */
    List<DemoSafetyYear.Worker> workers() {
        return List.copyOf(workers);
    }

    /** Who plans, carries out and verifies corrective actions, when their contractors worked as {@code periods} tell. */
    DemoActionPlans.Staff staff(DemoWorkingPeriods periods) {
        return new DemoActionPlans.Staff(
                List.copyOf(safetyDepartment), Map.copyOf(areaManagers), Map.copyOf(supervisors), periods);
    }

    /** The line manager who owns the area. */
    DemoSafetyYear.Worker areaManager(UUID area) {
        return areaManagers.get(area);
    }

    /** The contractors in the order they were registered. */
    List<Contracted> contractors() {
        return List.copyOf(contracted);
    }

    /** The areas of the site in the order they were made. */
    List<UUID> areasOf(UUID site) {
        return List.copyOf(siteAreas.getOrDefault(site, List.of()));
    }

    /** Each site's director, by site. */
    Map<UUID, DemoSafetyYear.Worker> siteDirectors() {
        return Map.copyOf(siteDirectors);
    }

    /** The person who signs in as the login. */
    DemoSafetyYear.Worker login(DemoLogin login) {
        var person = loginPeople.get(login);
        return workers.stream()
                .filter(worker -> worker.personId().equals(person))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody signs in as " + login.username()));
    }

    /**
     * Those who work on the shop floor, own staff and contractors': everyone but management, the safety department,
     * the areas' managers and the contractors' supervisors.
     */
    List<DemoSafetyYear.Worker> shopFloorWorkers() {
        var offices = new java.util.HashSet<DemoSafetyYear.Worker>(safetyDepartment);
        offices.addAll(areaManagers.values());
        offices.addAll(supervisors.values());
        offices.addAll(siteDirectors.values());
        offices.add(login(DemoLogin.DIRECTOR));
        offices.add(login(DemoLogin.ADMIN));
        return workers.stream().filter(worker -> !offices.contains(worker)).toList();
    }

    /** The shop-floor people who sign in (the worker and the contractor's worker), as they do, by person. */
    Map<UUID, Viewer> shopFloorViewers() {
        var viewers = new HashMap<UUID, Viewer>();
        for (var login : List.of(DemoLogin.WORKER, DemoLogin.CONTRACTOR1_WORKER)) {
            var worker = login(login);
            viewers.put(
                    worker.personId(),
                    new Viewer(
                            accounts.namedBy(login.username()).orElseThrow().accountId(),
                            login.username(),
                            worker.name(),
                            worker.personId(),
                            worker.organisationId(),
                            worker.contractor(),
                            worker.siteId(),
                            Set.of(login.role())));
        }
        return Map.copyOf(viewers);
    }

    /**
     * An overhead crane operator of the owner company on the area's site who does not sign in (any of its shop-floor
     * people when the site has none).
     */
    DemoSafetyYear.Worker craneOperator(UUID area) {
        var site = siteAreas.entrySet().stream()
                .filter(onSite -> onSite.getValue().contains(area))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        var signsIn = shopFloorViewers().keySet();
        var trade = craneOperatorTrade;
        return shopFloorWorkers().stream()
                .filter(worker -> !worker.contractor() && site.equals(worker.siteId()))
                .filter(worker -> !signsIn.contains(worker.personId()))
                .sorted(java.util.Comparator.comparing(worker -> !trade.equals(positions.get(worker.personId()))))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody operates a crane on the site of " + area));
    }

    /** The owner company's shop-floor people of each site, its overhead crane operators first. */
    Map<UUID, List<DemoSafetyYear.Worker>> craneOperators() {
        var trade = craneOperatorTrade;
        var bySite = new java.util.LinkedHashMap<UUID, List<DemoSafetyYear.Worker>>();
        shopFloorWorkers().stream()
                .filter(worker -> !worker.contractor())
                .sorted(java.util.Comparator.comparing(worker -> !trade.equals(positions.get(worker.personId()))))
                .forEach(worker -> bySite.computeIfAbsent(worker.siteId(), site -> new ArrayList<>())
                        .add(worker));
        bySite.replaceAll((site, crew) -> crew.subList(0, Math.min(3, crew.size())));
        return bySite;
    }

    /** The areas of each site that have a manager, site by site in the order they were created. */
    Map<UUID, List<UUID>> managedAreas() {
        var bySite = new java.util.LinkedHashMap<UUID, List<UUID>>();
        for (var site : sites) {
            var managed = siteAreas.getOrDefault(site, List.of()).stream()
                    .filter(areaManagers::containsKey)
                    .toList();
            if (!managed.isEmpty()) {
                bySite.put(site, managed);
            }
        }
        return bySite;
    }

    /** The contractors whose supervisors sign in. */
    List<UUID> contractorLogins() {
        return List.of(
                login(DemoLogin.CONTRACTOR1).organisationId(),
                login(DemoLogin.CONTRACTOR2).organisationId());
    }

    /** The first area the line manager owns. */
    UUID areaOwnedBy(DemoSafetyYear.Worker manager) {
        return areaManagers.entrySet().stream()
                .filter(owned -> owned.getValue().equals(manager))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(manager.name() + " owns no area"));
    }

    /** The people drawn but not yet written: the shop floor of an enterprise-scale plant. */
    List<ShopFloorPerson> shopFloor() {
        return List.copyOf(shopFloor);
    }
}

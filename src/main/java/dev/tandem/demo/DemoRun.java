package dev.tandem.demo;

import static dev.tandem.demo.DemoCatalogue.OWNER_DOMAIN;
import static dev.tandem.demo.DemoCatalogue.TIME_ZONE;

import dev.tandem.demo.DemoCatalogue.ContractorPlan;
import dev.tandem.identity.Accounts;
import dev.tandem.identity.OpenAccount;
import dev.tandem.organisation.ConfigureEnterprise;
import dev.tandem.organisation.DaysWithoutTrigger;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.Enterprise;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.organisation.Site;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * One generation of the demo plant, written through the modules' services so that every record has its history,
 * exactly as if an administrator had typed it in. A fixed seed and name-based ids make two runs identical. For an
 * enterprise-scale plant the shop floor (everyone but management, the safety department, area managers and foremen,
 * and each contractor's supervisor and first worker) is only drawn here and left to be written in bulk.
 */
final class DemoRun {

    static final long SEED = 20261122L;

    private static final int SMALLEST_CREW = 2;

    private static final Viewer SYSTEM = Viewer.system();

    /** Whom people work for, and the domain of their e-mail addresses. */
    private record Employer(UUID id, String domain) {}

    private final PlantStructure structure;
    private final OrganisationRegister register;
    private final Accounts accounts;
    private final DemoSize size;
    private final boolean bulk;
    private final String password;
    private final DemoCatalogue catalogue;
    private final Random random = new Random(SEED);
    private final DemoNames names;
    private final List<Site> sites = new ArrayList<>();
    private final DemoPeople hired;
    private final DemoContacts contacts = new DemoContacts(random);
    /** A lot of its own for who works in which area, so that the rest of the plant is as before. */
    private final Random areaLot = new Random(SEED + 12);

    private int organisations;
    private int areas;
    private int people;

    /** @param bulk whether the shop floor is left to be written in bulk ({@link DemoPeople#shopFloor()}) */
    DemoRun(
            PlantStructure structure,
            OrganisationRegister register,
            Accounts accounts,
            DemoSize size,
            boolean bulk,
            String password,
            DemoCatalogue catalogue) {
        this.catalogue = catalogue;
        this.hired = new DemoPeople(accounts, catalogue.tradesByKey().get("overheadCraneOperator"));
        this.names = new DemoNames(random, catalogue.texts());
        this.structure = structure;
        this.register = register;
        this.accounts = accounts;
        this.size = size;
        this.bulk = bulk;
        this.password = password;
    }

    /** The id of the {@code n}-th generated record of a kind; the same in every run. */
    static UUID id(String kind, int n) {
        return UUID.nameUUIDFromBytes(("tandem-demo:" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    /** The demo's own doings that no person of the plant did (reviews, hours), as its history names them. */
    static Viewer demoActor(DemoTexts texts, Role role) {
        return Viewer.automated("demo", texts.text("actor.demo"), role);
    }

    DemoCounts build() {
        structure.updateEnterprise(
                Precondition.none(),
                new ConfigureEnterprise(
                        catalogue.enterprise(),
                        TIME_ZONE,
                        Enterprise.IOGP_BASE,
                        true,
                        true,
                        DaysWithoutTrigger.LTI,
                        catalogue.texts().language().code(),
                        null),
                SYSTEM);
        var owner = registerOwner();
        createSites();
        hireOwnerStaff(owner);
        registerContractors();
        openLogins();
        var director = hired.loginPeople.get(DemoLogin.DIRECTOR);
        structure.updateEnterprise(
                Precondition.none(),
                ConfigureEnterprise.of(structure.enterprise()).managedBy(director),
                SYSTEM);
        return new DemoCounts(sites.size(), areas, organisations, people, hired.loginPeople.size(), 0, 0);
    }

    private Employer registerOwner() {
        var form = new RegisterOrganisation(
                catalogue.owner(),
                OrganisationStatus.ACTIVE,
                contacts.taxNumber(),
                "info@" + OWNER_DOMAIN,
                contacts.officePhone(),
                null);
        var owner = register.registerOwner(id("organisation", 0), form, SYSTEM);
        organisations++;
        return new Employer(owner.id(), OWNER_DOMAIN);
    }

    private void createSites() {
        for (var form : catalogue.sites(size.sites())) {
            sites.add(structure.createSite(id("site", sites.size()), form, SYSTEM));
            hired.sites.add(sites.get(sites.size() - 1).id());
        }
    }

    /** Management and the safety department first, then a manager and a foreman per area, then the shop floor. */
    private void hireOwnerStaff(Employer owner) {
        var mainSite = sites.get(0).id();
        hired.loginPeople.put(
                DemoLogin.DIRECTOR,
                hire(owner, catalogue.position("director"), mainSite, 20, true).personId());
        hired.loginPeople.put(
                DemoLogin.ADMIN,
                hire(owner, catalogue.position("itAdministrator"), mainSite, 20, true)
                        .personId());
        var headOfSafety = hire(owner, catalogue.position("headOfSafety"), mainSite, 40, true);
        hired.loginPeople.put(DemoLogin.HSE, headOfSafety.personId());
        hired.safetyDepartment.add(headOfSafety);
        // the head of safety leads the main site's safety department; the other sites name nobody
        sites.set(
                0,
                structure.updateSite(
                        mainSite,
                        Precondition.none(),
                        DefineSite.of(sites.get(0)).ledBy(headOfSafety.personId()),
                        SYSTEM));
        for (var site : sites) {
            hired.siteDirectors.put(
                    site.id(), hire(owner, catalogue.position("siteDirector", site.name()), site.id(), 20, true));
        }
        for (int n = 0; n < size.hseSpecialists(); n++) {
            hired.safetyDepartment.add(hire(owner, catalogue.position("hseSpecialist"), anySite(), 50, true));
        }
        createAreasWithTheirPeople(owner);
        while (people < size.ownerStaff()) {
            // the first of the shop floor signs in as the worker, so is written at once
            boolean later = bulk && hired.loginPeople.containsKey(DemoLogin.WORKER);
            var trade = pick(catalogue.ownerTrades());
            var site = anySite();
            var person = hire(owner, trade, site, 15, random.nextInt(5) == 0, later, areaOn(site));
            hired.loginPeople.putIfAbsent(DemoLogin.WORKER, person.personId());
        }
    }

    /** Every area is owned by its line manager, who must exist before the area does. */
    private void createAreasWithTheirPeople(Employer owner) {
        var siteNames = sites.stream().map(Site::name).toList();
        var plans = catalogue.areas(size.areas(), siteNames);
        for (int n = 0; n < plans.size(); n++) {
            var plan = plans.get(n);
            var site = sites.get(plan.site()).id();
            var manager = hire(owner, catalogue.position("areaHead", plan.name()), site, 20, true);
            hired.loginPeople.putIfAbsent(DemoLogin.MANAGER, manager.personId());
            var form = new DefineArea(site, plan.code(), plan.name(), manager.personId(), plan.description());
            var area = structure.createArea(id("area", n), form, SYSTEM);
            hired.areaManagers.put(area.id(), manager);
            hired.siteAreas.computeIfAbsent(site, any -> new ArrayList<>()).add(area.id());
            areas++;
            hire(owner, catalogue.position("shiftForeman", plan.name()), site, 10, true, false, area.id());
        }
    }

    /** The first two active contractors get the contractor logins; each firm keeps most of its crew on one site. */
    private void registerContractors() {
        var plans = catalogue.contractors(size.contractors());
        var crews = crewSizes(plans, size.contractorStaff());
        int active = 0;
        for (int n = 0; n < plans.size(); n++) {
            var plan = plans.get(n);
            // the story of each contractor's status is told by DemoContractors, with its reasons in the history
            var status = bulk ? plan.status() : OrganisationStatus.PROSPECTIVE;
            var form = new RegisterOrganisation(
                    plan.name(), status, contacts.taxNumber(), "office@" + plan.domain(), contacts.officePhone(), null);
            var registered = register.registerContractor(id("organisation", n + 1), form, SYSTEM);
            var contractor = new Employer(registered.id(), plan.domain());
            organisations++;
            var home = anySite();
            var supervisor = hire(contractor, plan.supervisor(), home, 15, true);
            hired.supervisors.put(contractor.id(), supervisor);
            hired.contracted.add(new DemoPeople.Contracted(contractor.id(), plan.key(), plan.status(), supervisor));
            var firstWorker = hire(contractor, pick(plan.trades()), home, 5, false, false, areaOn(home));
            for (int k = SMALLEST_CREW; k < crews[n]; k++) {
                var site = random.nextInt(5) == 0 ? anySite() : home;
                hire(contractor, pick(plan.trades()), site, 5, random.nextInt(8) == 0, bulk, areaOn(site));
            }
            if (plan.status() == OrganisationStatus.ACTIVE && ++active <= 2) {
                hired.loginPeople.put(
                        active == 1 ? DemoLogin.CONTRACTOR1 : DemoLogin.CONTRACTOR2, supervisor.personId());
                if (active == 1) {
                    hired.loginPeople.put(DemoLogin.CONTRACTOR1_WORKER, firstWorker.personId());
                }
            }
        }
    }

    /** Everyone gets a supervisor and a worker; the rest go by lot, more to firms with crews on site. */
    private int[] crewSizes(List<ContractorPlan> plans, int total) {
        var sizes = new int[plans.size()];
        Arrays.fill(sizes, SMALLEST_CREW);
        var weights = plans.stream()
                .mapToInt(plan -> DemoCatalogue.weight(plan.status()))
                .toArray();
        int totalWeight = Arrays.stream(weights).sum();
        for (int left = total - SMALLEST_CREW * plans.size(); left > 0; left--) {
            int ticket = random.nextInt(totalWeight);
            int n = 0;
            while (ticket >= weights[n]) {
                ticket -= weights[n++];
            }
            sizes[n]++;
        }
        return sizes;
    }

    private void openLogins() {
        for (var login : DemoLogin.values()) {
            var person = hired.loginPeople.get(login);
            if (person == null) {
                throw new IllegalStateException("The demo plant has nobody to sign in as " + login.username());
            }
            accounts.open(new OpenAccount(login.username(), person, Set.of(login.role()), password), SYSTEM);
        }
    }

    Random random() {
        return random;
    }

    /** Who is who at the plant, once it is built. */
    DemoPeople people() {
        return hired;
    }

    private DemoSafetyYear.Worker hire(
            Employer employer, String position, UUID site, int womenPercent, boolean reachable) {
        return hire(employer, position, site, womenPercent, reachable, false, null);
    }

    /** An area of the site for someone to work in, by a lot of its own; none on a site without areas. */
    private UUID areaOn(UUID site) {
        var onSite = hired.siteAreas.getOrDefault(site, List.of());
        return onSite.isEmpty() ? null : onSite.get(areaLot.nextInt(onSite.size()));
    }

    /**
     * Adds a person; those who are {@code reachable} get an e-mail address and a mobile number. One hired
     * {@code later} is drawn the same way but left for {@link DemoPeople#shopFloor()}. One given an {@code area} works in it.
     */
    private DemoSafetyYear.Worker hire(
            Employer employer,
            String position,
            UUID site,
            int womenPercent,
            boolean reachable,
            boolean later,
            UUID area) {
        var name = names.next(womenPercent);
        var email = reachable ? names.email(name, employer.domain()) : null;
        var phone = reachable || random.nextInt(3) == 0 ? contacts.mobilePhone() : null;
        // a personnel number as a payroll gives it: unique across the demo plant, so within every organisation too
        var number = "%06d".formatted(people + 1);
        var form = new RegisterPerson(employer.id(), name.fullName(), position, site, area, email, phone, number);
        var id = id("person", people);
        hired.positions.put(id, position);
        if (later) {
            hired.shopFloor.add(new DemoPeople.ShopFloorPerson(id, form));
        } else {
            register.addPerson(id, form, SYSTEM);
        }
        people++;
        var worker = new DemoSafetyYear.Worker(
                id, name.fullName(), employer.id(), !employer.domain().equals(OWNER_DOMAIN), site);
        hired.workers.add(worker);
        return worker;
    }

    private UUID anySite() {
        return sites.get(random.nextInt(sites.size())).id();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

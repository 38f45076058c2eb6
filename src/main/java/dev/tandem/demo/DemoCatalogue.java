package dev.tandem.demo;

import static dev.tandem.organisation.OrganisationStatus.ACTIVE;
import static dev.tandem.organisation.OrganisationStatus.OFFBOARDED;
import static dev.tandem.organisation.OrganisationStatus.ONBOARDING;
import static dev.tandem.organisation.OrganisationStatus.PROSPECTIVE;
import static dev.tandem.organisation.OrganisationStatus.SUSPENDED;

import dev.tandem.event.EventType;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What the demo plant is made of: an integrated steel works in the Urals with its sites, areas and contractors,
 * in the words of the demo's language ({@link DemoTexts}). Larger scales repeat the catalogue as further sites, bays
 * and contractor branches, so names stay unique.
 */
final class DemoCatalogue {

    static final String OWNER_DOMAIN = "uralsk-steel.ru";
    static final String TIME_ZONE = "Asia/Yekaterinburg";
    static final java.time.ZoneId ZONE = java.time.ZoneId.of(TIME_ZONE);

    /** An area to create: which site it lies on (an index into the sites) and what it is. */
    record AreaPlan(int site, String code, String name, String description) {}

    /**
     * A contractor to register, with the title of its supervisor and the trades of its people.
     *
     * @param key what it does, the key of its texts ({@code contractor.<key>.*})
     */
    record ContractorPlan(
            String key,
            String name,
            OrganisationStatus status,
            String domain,
            String supervisor,
            List<String> trades) {}

    /** A site by its code; its name and address are texts under {@code site.<code>}. */
    private static final List<String> SITES = List.of("UMW", "URM", "UOY");

    /** An area by its code on its site; its name and description are texts under {@code area.<code>}. */
    private record Area(int site, String code) {}

    private static final List<Area> AREAS = List.of(
            new Area(0, "BF2"),
            new Area(0, "BOF"),
            new Area(0, "SNT"),
            new Area(0, "CB1"),
            new Area(0, "OXY"),
            new Area(0, "PWR"),
            new Area(1, "HSM"),
            new Area(1, "CRM"),
            new Area(1, "MWS"),
            new Area(2, "WHS"),
            new Area(2, "RLY"),
            new Area(2, "SLG"));

    /**
     * A contractor by its key: its name and its supervisor's title are texts under {@code contractor.<key>}, its
     * trades texts under {@code trade.<trade>}.
     */
    private record Contractor(String key, OrganisationStatus status, String domain, List<String> trades) {}

    private static final List<Contractor> CONTRACTORS = List.of(
            new Contractor(
                    "scaffolding",
                    ACTIVE,
                    "stroylesa.ru",
                    List.of("scaffolder", "scaffolder", "scaffoldingInspector", "rigger", "labourer")),
            new Contractor(
                    "refractory",
                    ACTIVE,
                    "ogneupor-service.ru",
                    List.of("bricklayer", "bricklayer", "gunningOperator", "labourer")),
            new Contractor(
                    "electrical",
                    ACTIVE,
                    "uem.ru",
                    List.of("electrician", "electrician", "cableJointer", "commissioningEngineer")),
            new Contractor(
                    "cranes",
                    ACTIVE,
                    "magistral-crane.ru",
                    List.of("mobileCraneOperator", "slinger", "slinger", "craneInspector")),
            new Contractor(
                    "cleaning",
                    ONBOARDING,
                    "chistytsekh.ru",
                    List.of("industrialCleaner", "industrialCleaner", "vacuumTruckOperator")),
            new Contractor(
                    "transport",
                    ACTIVE,
                    "utl-transport.ru",
                    List.of("truckDriver", "truckDriver", "forkliftOperator", "dispatcher")),
            new Contractor(
                    "welding", SUSPENDED, "svarkaprom.ru", List.of("welder", "welder", "gasCutter", "weldInspector")),
            new Contractor(
                    "insulation",
                    ONBOARDING,
                    "teploizol.ru",
                    List.of("insulationFitter", "insulationFitter", "sheetMetalWorker")),
            new Contractor(
                    "demolition",
                    PROSPECTIVE,
                    "demontazhstroy.ru",
                    List.of("demolitionOperative", "excavatorOperator", "gasCutter")),
            new Contractor(
                    "catering",
                    OFFBOARDED,
                    "uralsk-catering.ru",
                    List.of("cook", "canteenAttendant", "canteenAttendant")));

    /** The owner company's trades beyond its managers, foremen and safety department. */
    private static final List<String> OWNER_TRADES = List.of(
            "blastFurnaceOperator",
            "converterOperator",
            "sinterPlantOperator",
            "cokeOvenOperator",
            "rollingMillOperator",
            "overheadCraneOperator",
            "mechanicalFitter",
            "mechanicalFitter",
            "electrician",
            "instrumentationTechnician",
            "gasSafetyTechnician",
            "locomotiveDriver",
            "powerPlantOperator",
            "laboratoryTechnician",
            "warehouseOperator",
            "welder",
            "maintenancePlanner",
            "shiftEngineer");

    private final DemoTexts texts;

    DemoCatalogue(DemoTexts texts) {
        this.texts = texts;
    }

    DemoTexts texts() {
        return texts;
    }

    String enterprise() {
        return texts.text("enterprise.name");
    }

    String owner() {
        return texts.text("owner.name");
    }

    /** The three sites, then further works of the same kinds ("Main Works 2") as the scale grows. */
    List<DefineSite> sites(int count) {
        var sites = new ArrayList<DefineSite>();
        for (int n = 0; n < count; n++) {
            var code = SITES.get(n % SITES.size());
            var name = texts.text("site." + code + ".name");
            int copy = n / SITES.size();
            if (copy == 0) {
                sites.add(DefineSite.named(code, name, TIME_ZONE, texts.text("site." + code + ".address")));
            } else {
                var number = String.valueOf(copy + 1);
                sites.add(DefineSite.named(code + number, texts.text("site.copy", name, number), TIME_ZONE, null));
            }
        }
        return sites;
    }

    /**
     * The catalogue's areas on their own sites, then the same shops again on the further works of the same kind,
     * named after their site so that no two areas share a name.
     */
    List<AreaPlan> areas(int count, List<String> siteNames) {
        var areas = new ArrayList<AreaPlan>();
        for (int n = 0; n < count; n++) {
            var area = AREAS.get(n % AREAS.size());
            var name = texts.text("area." + area.code() + ".name");
            var description = texts.text("area." + area.code() + ".description");
            int copy = n / AREAS.size();
            int site = area.site() + SITES.size() * copy;
            if (copy == 0) {
                areas.add(new AreaPlan(area.site(), area.code(), name, description));
            } else if (site < siteNames.size()) {
                var onSite = texts.text("area.onSite", name, siteNames.get(site));
                areas.add(new AreaPlan(site, area.code(), onSite, description));
            } else {
                var number = String.valueOf(copy + 1);
                areas.add(new AreaPlan(
                        area.site(), area.code() + "-" + number, texts.text("area.bay", name, number), description));
            }
        }
        return areas;
    }

    /** What kind of shop the {@code n}-th area is: the code of its catalogue entry ({@code BF2} for every copy). */
    String areaKind(int n) {
        return AREAS.get(n % AREAS.size()).code();
    }

    List<ContractorPlan> contractors(int count) {
        var cities = texts.list("branch.city");
        var contractors = new ArrayList<ContractorPlan>();
        for (int n = 0; n < count; n++) {
            var contractor = CONTRACTORS.get(n % CONTRACTORS.size());
            var name = texts.text("contractor." + contractor.key() + ".name");
            var supervisor = texts.text("contractor." + contractor.key() + ".supervisor");
            var trades = contractor.trades().stream().map(this::trade).toList();
            int copy = n / CONTRACTORS.size();
            if (copy == 0) {
                contractors.add(new ContractorPlan(
                        contractor.key(), name, contractor.status(), contractor.domain(), supervisor, trades));
            } else {
                var city = cities.get((copy - 1) % cities.size());
                var round = (copy - 1) / cities.size();
                var branch = round == 0 ? city : city + " " + (round + 1);
                var subdomain = DemoNames.latin(branch).toLowerCase(Locale.ROOT).replace(' ', '-');
                contractors.add(new ContractorPlan(
                        contractor.key(),
                        texts.text("contractor.branch", name, branch),
                        contractor.status(),
                        subdomain + "." + contractor.domain(),
                        supervisor,
                        trades));
            }
        }
        return contractors;
    }

    /** The owner company's trades beyond its managers, foremen and safety department. */
    List<String> ownerTrades() {
        return OWNER_TRADES.stream().map(this::trade).toList();
    }

    /** Every trade of the plant's and its contractors' people, by key, as the demo language names it. */
    Map<String, String> tradesByKey() {
        var keys = new java.util.TreeSet<String>(OWNER_TRADES);
        CONTRACTORS.forEach(contractor -> keys.addAll(contractor.trades()));
        var trades = new java.util.LinkedHashMap<String, String>();
        keys.forEach(key -> trades.put(key, trade(key)));
        return trades;
    }

    /** A job title; {@code position.<key>} with its arguments, such as the site a site director runs. */
    String position(String key, Object... arguments) {
        return texts.text("position." + key, arguments);
    }

    private String trade(String key) {
        return texts.text("trade." + key);
    }

    /** How many of a contractor's people a status suggests: active firms have crews on site, others a few. */
    static int weight(OrganisationStatus status) {
        return switch (status) {
            case ACTIVE -> 5;
            case ONBOARDING -> 3;
            case SUSPENDED -> 2;
            case PROSPECTIVE, OFFBOARDED -> 1;
        };
    }

    String eventDescription(EventType type, Random random) {
        return texts.any("event." + type.name(), random);
    }

    String bodyPart(Random random) {
        return texts.any("bodyPart", random);
    }
}

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
 * What the demo plant is made of: an integrated steel works in the Urals with its sites, areas and contractors.
 * Larger scales repeat the catalogue as further sites, bays and contractor branches, so names stay unique.
 */
final class DemoCatalogue {

    static final String ENTERPRISE = "Uralsk Steel Works";
    static final String OWNER = "Uralsk Steel Works JSC";
    static final String OWNER_DOMAIN = "uralsk-steel.ru";
    static final String TIME_ZONE = "Asia/Yekaterinburg";
    static final java.time.ZoneId ZONE = java.time.ZoneId.of(TIME_ZONE);

    /** An area to create: which site it lies on (an index into the sites) and what it is. */
    record AreaPlan(int site, String code, String name, String description) {}

    /** A contractor to register, with the title of its supervisor and the trades of its people. */
    record ContractorPlan(
            String name, OrganisationStatus status, String domain, String supervisor, List<String> trades) {}

    private record SitePlan(String code, String name, String address) {}

    private static final List<SitePlan> SITES = List.of(
            new SitePlan("UMW", "Main Works", "1 Metallurgov Avenue, Uralsk"),
            new SitePlan("URM", "Rolling Mill", "14 Prokatnaya Street, Uralsk"),
            new SitePlan("UOY", "Ore Yard & Port", "3 Portovaya Street, Uralsk"));

    private static final List<AreaPlan> AREAS = List.of(
            new AreaPlan(
                    0, "BF2", "Blast Furnace No.2", "Hot metal, blast furnace gas (CO), tapping and casting floor."),
            new AreaPlan(0, "BOF", "Converter Shop", "Three 160 t oxygen converters, ladle cranes, molten metal."),
            new AreaPlan(0, "SNT", "Sinter Plant", "Sinter strands, dust, conveyors and rotating equipment."),
            new AreaPlan(0, "CB1", "Coke Battery No.1", "Coke oven gas, work at height on the battery top."),
            new AreaPlan(0, "OXY", "Oxygen Plant", "Air separation units, oxygen enrichment, cryogenic liquids."),
            new AreaPlan(
                    0, "PWR", "Power Plant", "Heat and power plant firing blast furnace gas; steam, high voltage."),
            new AreaPlan(1, "HSM", "Hot Strip Mill", "Reheating furnaces, roughing and finishing stands, coilers."),
            new AreaPlan(
                    1, "CRM", "Cold Rolling Mill", "Pickling line with hydrochloric acid, tandem mill, emulsions."),
            new AreaPlan(1, "MWS", "Maintenance Workshop", "Machining, welding and lifting for the whole works."),
            new AreaPlan(
                    2, "WHS", "Finished Goods Warehouse", "Coil storage, overhead cranes, rail and truck loading."),
            new AreaPlan(2, "RLY", "Rail Yard", "Shunting locomotives, wagon tipplers, track works."),
            new AreaPlan(2, "SLG", "Slag Yard", "Slag pots, slag processing, heavy mobile machinery."));

    private static final List<ContractorPlan> CONTRACTORS = List.of(
            new ContractorPlan(
                    "StroyLesa Scaffolding LLC",
                    ACTIVE,
                    "stroylesa.ru",
                    "Site Manager",
                    List.of("Scaffolder", "Scaffolder", "Scaffolding Inspector", "Rigger", "Labourer")),
            new ContractorPlan(
                    "Ogneupor-Service LLC",
                    ACTIVE,
                    "ogneupor-service.ru",
                    "Works Manager",
                    List.of("Refractory Bricklayer", "Refractory Bricklayer", "Gunning Machine Operator", "Labourer")),
            new ContractorPlan(
                    "UralElectroMontazh JSC",
                    ACTIVE,
                    "uem.ru",
                    "Project Manager",
                    List.of("Electrician", "Electrician", "Cable Jointer", "Commissioning Engineer")),
            new ContractorPlan(
                    "Magistral Crane Services LLC",
                    ACTIVE,
                    "magistral-crane.ru",
                    "Operations Manager",
                    List.of("Mobile Crane Operator", "Slinger", "Slinger", "Crane Inspector")),
            new ContractorPlan(
                    "ChistyTsekh Industrial Cleaning LLC",
                    ONBOARDING,
                    "chistytsekh.ru",
                    "Foreman",
                    List.of("Industrial Cleaner", "Industrial Cleaner", "Vacuum Truck Operator")),
            new ContractorPlan(
                    "UralTransLogistika LLC",
                    ACTIVE,
                    "utl-transport.ru",
                    "Fleet Manager",
                    List.of("Truck Driver", "Truck Driver", "Forklift Operator", "Dispatcher")),
            new ContractorPlan(
                    "SvarkaProm Welding LLC",
                    SUSPENDED,
                    "svarkaprom.ru",
                    "Welding Supervisor",
                    List.of("Welder", "Welder", "Gas Cutter", "Weld Inspector")),
            new ContractorPlan(
                    "TeploIzolyatsiya Insulation LLC",
                    ONBOARDING,
                    "teploizol.ru",
                    "Site Manager",
                    List.of("Insulation Fitter", "Insulation Fitter", "Sheet Metal Worker")),
            new ContractorPlan(
                    "DemontazhStroy Demolition LLC",
                    PROSPECTIVE,
                    "demontazhstroy.ru",
                    "Project Manager",
                    List.of("Demolition Operative", "Excavator Operator", "Gas Cutter")),
            new ContractorPlan(
                    "Uralsk Catering Company LLC",
                    OFFBOARDED,
                    "uralsk-catering.ru",
                    "Canteen Manager",
                    List.of("Cook", "Canteen Attendant", "Canteen Attendant")));

    /** Where contractors' branches come from when the scale asks for more contractors than the catalogue has. */
    private static final List<String> BRANCH_CITIES =
            List.of("Chelyabinsk", "Yekaterinburg", "Magnitogorsk", "Orsk", "Perm", "Ufa", "Zlatoust", "Kurgan");

    /** The owner company's trades beyond its managers, foremen and safety department. */
    static final List<String> OWNER_TRADES = List.of(
            "Blast Furnace Operator",
            "Converter Operator",
            "Sinter Plant Operator",
            "Coke Oven Operator",
            "Rolling Mill Operator",
            "Overhead Crane Operator",
            "Mechanical Fitter",
            "Mechanical Fitter",
            "Electrician",
            "Instrumentation Technician",
            "Gas Safety Technician",
            "Locomotive Driver",
            "Power Plant Operator",
            "Laboratory Technician",
            "Warehouse Operator",
            "Welder",
            "Maintenance Planner",
            "Shift Engineer");

    private DemoCatalogue() {}

    /** The three sites, then further works of the same kinds ("Main Works 2") as the scale grows. */
    static List<DefineSite> sites(int count) {
        var sites = new ArrayList<DefineSite>();
        for (int n = 0; n < count; n++) {
            var site = SITES.get(n % SITES.size());
            int copy = n / SITES.size();
            if (copy == 0) {
                sites.add(new DefineSite(site.code(), site.name(), TIME_ZONE, site.address()));
            } else {
                var number = String.valueOf(copy + 1);
                sites.add(new DefineSite(site.code() + number, site.name() + " " + number, TIME_ZONE, null));
            }
        }
        return sites;
    }

    /**
     * The catalogue's areas on their own sites, then the same shops again on the further works of the same kind,
     * named after their site so that no two areas share a name.
     */
    static List<AreaPlan> areas(int count, List<String> siteNames) {
        var areas = new ArrayList<AreaPlan>();
        for (int n = 0; n < count; n++) {
            var area = AREAS.get(n % AREAS.size());
            int copy = n / AREAS.size();
            int site = area.site() + SITES.size() * copy;
            if (copy == 0) {
                areas.add(area);
            } else if (site < siteNames.size()) {
                var name = area.name() + " (" + siteNames.get(site) + ")";
                areas.add(new AreaPlan(site, area.code(), name, area.description()));
            } else {
                var number = String.valueOf(copy + 1);
                areas.add(new AreaPlan(
                        area.site(), area.code() + "-" + number, area.name() + ", Bay " + number, area.description()));
            }
        }
        return areas;
    }

    static List<ContractorPlan> contractors(int count) {
        var contractors = new ArrayList<ContractorPlan>();
        for (int n = 0; n < count; n++) {
            var contractor = CONTRACTORS.get(n % CONTRACTORS.size());
            int copy = n / CONTRACTORS.size();
            if (copy == 0) {
                contractors.add(contractor);
            } else {
                var city = BRANCH_CITIES.get((copy - 1) % BRANCH_CITIES.size());
                var round = (copy - 1) / BRANCH_CITIES.size();
                var branch = round == 0 ? city : city + " " + (round + 1);
                contractors.add(new ContractorPlan(
                        contractor.name() + " (" + branch + ")",
                        contractor.status(),
                        branch.toLowerCase(Locale.ROOT).replace(' ', '-') + "." + contractor.domain(),
                        contractor.supervisor(),
                        contractor.trades()));
            }
        }
        return contractors;
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

    private static final Map<EventType, List<String>> EVENT_DESCRIPTIONS = Map.of(
            EventType.HAZARD,
            List.of(
                    "Oil spill on the walkway by the pump station",
                    "Guard rail missing on the platform at +12 m",
                    "Масляное пятно на проходе у насосной",
                    "Не закрыт люк кабельного канала",
                    "Poor lighting on the stairs to the control room",
                    "Загромождён эвакуационный выход в цехе",
                    "Damaged sling left in the rigging area"),
            EventType.NEAR_MISS,
            List.of(
                    "A load swung over the walkway during lifting",
                    "Кусок окалины упал рядом с проходящим рабочим",
                    "Forklift reversed without a spotter near people",
                    "Самопроизвольный пуск конвейера при осмотре",
                    "Tool dropped from the scaffold, nobody below"),
            EventType.INCIDENT,
            List.of(
                    "Hand cut while changing a conveyor idler",
                    "Ушиб ноги при разгрузке металлопроката",
                    "Slipped on ice at the gate",
                    "Ожог предплечья брызгами шлака",
                    "Eye irritation from dust during cleaning"),
            EventType.VIOLATION,
            List.of(
                    "Work at height without a harness attached",
                    "Работа без наряда-допуска в газоопасном месте",
                    "Lockout skipped before cleaning the crusher",
                    "Нахождение в зоне работы крана без каски"),
            EventType.IMPROVEMENT_PROPOSAL,
            List.of(
                    "Paint walkway edges yellow in the rolling mill",
                    "Установить зеркало на слепом повороте погрузчиков",
                    "Add a second handrail on the coke battery stairs"));

    private static final List<String> BODY_PARTS = List.of("hand", "finger", "foot", "knee", "eye", "back", "head");

    static String eventDescription(EventType type, Random random) {
        var choices = EVENT_DESCRIPTIONS.get(type);
        return choices.get(random.nextInt(choices.size()));
    }

    static String bodyPart(Random random) {
        return BODY_PARTS.get(random.nextInt(BODY_PARTS.size()));
    }
}

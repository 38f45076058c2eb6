package dev.tandem.demo;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.equipment.StateChangeSource;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The machines of the demo plant, three in every area, and a year of their dispatch data as a dispatch system would
 * send it: running, short idle spells, monthly planned maintenance, and failures that grow rarer through the year as
 * the plant and its contractors work on their causes. The first two machines are fixed: the pump P-101 and the
 * conveyor CV-201, whose signals the signal simulation feeds.
 */
final class DemoEquipment {

    private static final Viewer SYSTEM = Viewer.system();
    private static final int DAYS = 365;

    /**
     * A machine of the catalogue: what it is (its name is the text {@code machine.<key>}), and how often it fails
     * (mean running hours between failures).
     */
    private record Machine(String prefix, EquipmentType type, Criticality criticality, String key, int mtbfHours) {}

    /** Three machines for each of the catalogue's twelve areas, in the order of {@code DemoCatalogue}'s areas. */
    private static final List<List<Machine>> MACHINES = List.of(
            List.of(
                    new Machine("P", EquipmentType.PUMP, Criticality.HIGH, "coolingWaterPump", 420),
                    new Machine("F", EquipmentType.FAN, Criticality.HIGH, "blower", 700),
                    new Machine("X", EquipmentType.OTHER, Criticality.HIGH, "skipHoist", 260)),
            List.of(
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.HIGH, "fluxConveyor", 240),
                    new Machine("CR", EquipmentType.CRANE, Criticality.HIGH, "ladleCrane", 380),
                    new Machine("F", EquipmentType.FAN, Criticality.MEDIUM, "gasExhauster", 520)),
            List.of(
                    new Machine("M", EquipmentType.MILL, Criticality.HIGH, "sinterMachine", 220),
                    new Machine("FU", EquipmentType.FURNACE, Criticality.MEDIUM, "ignitionFurnace", 640),
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.MEDIUM, "finesConveyor", 300)),
            List.of(
                    new Machine("V", EquipmentType.VEHICLE, Criticality.HIGH, "cokePusher", 280),
                    new Machine("C", EquipmentType.COMPRESSOR, Criticality.HIGH, "cokeGasCompressor", 560),
                    new Machine("V", EquipmentType.VEHICLE, Criticality.MEDIUM, "quenchCar", 340)),
            List.of(
                    new Machine("C", EquipmentType.COMPRESSOR, Criticality.HIGH, "airCompressor", 900),
                    new Machine("P", EquipmentType.PUMP, Criticality.MEDIUM, "oxygenPump", 600),
                    new Machine("E", EquipmentType.ELECTRICAL, Criticality.MEDIUM, "substation", 1500)),
            List.of(
                    new Machine("P", EquipmentType.PUMP, Criticality.HIGH, "feedWaterPump", 650),
                    new Machine("F", EquipmentType.FAN, Criticality.MEDIUM, "draughtFan", 720),
                    new Machine("E", EquipmentType.ELECTRICAL, Criticality.HIGH, "mainTransformer", 2400)),
            List.of(
                    new Machine("FU", EquipmentType.FURNACE, Criticality.HIGH, "reheatingFurnace", 480),
                    new Machine("P", EquipmentType.PUMP, Criticality.HIGH, "descalingPump", 300),
                    new Machine("M", EquipmentType.MILL, Criticality.HIGH, "roughingStand", 200)),
            List.of(
                    new Machine("M", EquipmentType.MILL, Criticality.HIGH, "tandemMill", 180),
                    new Machine("P", EquipmentType.PUMP, Criticality.MEDIUM, "acidPump", 350),
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.LOW, "coilConveyor", 450)),
            List.of(
                    new Machine("CR", EquipmentType.CRANE, Criticality.MEDIUM, "workshopCrane", 500),
                    new Machine("C", EquipmentType.COMPRESSOR, Criticality.LOW, "workshopCompressor", 800),
                    new Machine("X", EquipmentType.OTHER, Criticality.LOW, "lathe", 900)),
            List.of(
                    new Machine("CR", EquipmentType.CRANE, Criticality.HIGH, "warehouseCrane", 420),
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.MEDIUM, "shippingRollerTable", 380),
                    new Machine("V", EquipmentType.VEHICLE, Criticality.LOW, "forklift", 300)),
            List.of(
                    new Machine("V", EquipmentType.VEHICLE, Criticality.HIGH, "shuntingLocomotive", 350),
                    new Machine("X", EquipmentType.OTHER, Criticality.HIGH, "wagonTippler", 280),
                    new Machine("E", EquipmentType.ELECTRICAL, Criticality.LOW, "switchHeating", 1200)),
            List.of(
                    new Machine("V", EquipmentType.VEHICLE, Criticality.HIGH, "slagCarrier", 260),
                    new Machine("M", EquipmentType.MILL, Criticality.MEDIUM, "slagCrusher", 240),
                    new Machine("F", EquipmentType.FAN, Criticality.LOW, "dustFan", 650)));

    private static final DowntimeReason[] FAILURES = {
        DowntimeReason.MECHANICAL,
        DowntimeReason.MECHANICAL,
        DowntimeReason.MECHANICAL,
        DowntimeReason.MECHANICAL,
        DowntimeReason.ELECTRICAL,
        DowntimeReason.ELECTRICAL,
        DowntimeReason.ELECTRICAL,
        DowntimeReason.INSTRUMENTATION,
        DowntimeReason.INSTRUMENTATION,
        DowntimeReason.PROCESS,
        DowntimeReason.PROCESS,
        DowntimeReason.OPERATOR,
        DowntimeReason.UTILITIES,
        DowntimeReason.OTHER
    };

    private final EquipmentRegistry registry;
    private final DispatchLog dispatch;
    private final PlantStructure structure;
    private final Instant now;
    private final DemoTexts texts;
    private final Viewer dispatcher;
    private int machines;
    private int changes;

    DemoEquipment(
            EquipmentRegistry registry, DispatchLog dispatch, PlantStructure structure, Instant now, DemoTexts texts) {
        this.texts = texts;
        this.dispatcher = DemoRun.demoActor(texts, Role.LINE_MANAGER);
        this.registry = registry;
        this.dispatch = dispatch;
        this.structure = structure;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Registers three machines in each of the first {@code areas} areas and records their year. */
    void generate(int areas) {
        for (int area = 0; area < areas; area++) {
            var areaId = DemoRun.id("area", area);
            var siteId = structure.area(areaId).siteId();
            var catalogue = MACHINES.get(area % MACHINES.size());
            for (int k = 0; k < catalogue.size(); k++) {
                register(area, siteId, areaId, catalogue.get(k), k);
            }
        }
    }

    int machines() {
        return machines;
    }

    int changes() {
        return changes;
    }

    private void register(int area, UUID siteId, UUID areaId, Machine machine, int place) {
        int number = area < 2 && place == 0 ? area + 1 : 3 + area * 3 + place;
        var code = machine.prefix() + "-" + (area + 1) + String.format("%02d", place + 1);
        var id = DemoRun.id("equipment", number);
        var name = texts.text("machine." + machine.key());
        var form = new RegisterEquipment(siteId, areaId, code, name, machine.type(), machine.criticality(), null);
        registry.register(id, form, SYSTEM);
        machines++;
        var year = year(id, machine, number <= 2, new Random(DemoRun.SEED + number));
        dispatch.recordAll(year, StateChangeSource.API, dispatcher);
        changes += year.size();
    }

    /**
     * A year of one machine: it runs from a year ago; failures come at random with a mean time between them that
     * grows by half through the year; repairs take from half an hour to most of a shift; every four weeks a planned
     * maintenance day; now and then an idle spell waiting for material. The pump and the conveyor end running.
     */
    private List<RecordStateChange> year(UUID id, Machine machine, boolean endsRunning, Random random) {
        var changes = new ArrayList<RecordStateChange>();
        var start = now.minus(Duration.ofDays(DAYS)).truncatedTo(ChronoUnit.HOURS);
        var at = start;
        changes.add(change(id, at, EquipmentState.RUNNING, null, null));
        var maintenance = at.plus(Duration.ofHours(24 * 7 + random.nextInt(24 * 21)));
        var last = now.minus(Duration.ofHours(2));
        while (true) {
            double progress = Duration.between(start, at).toHours() / (24.0 * DAYS);
            double mtbf = machine.mtbfHours() * (1 + 0.5 * progress);
            var failure = at.plus(minutes(-Math.log(1 - random.nextDouble()) * mtbf * 60));
            var idle = at.plus(minutes((40 + random.nextInt(120)) * 60.0));
            var next = failure.isBefore(idle) ? failure : idle;
            boolean planned = maintenance.isBefore(next);
            if (planned) {
                next = maintenance;
            }
            if (next.isAfter(last)) {
                break;
            }
            if (planned) {
                var note = texts.text("downtime.plannedMaintenance");
                changes.add(change(id, next, EquipmentState.DOWN, DowntimeReason.PLANNED_MAINTENANCE, note));
                at = next.plus(Duration.ofHours(6 + random.nextInt(10)));
                maintenance = next.plus(Duration.ofDays(28));
            } else if (next == failure) {
                var reason = FAILURES[random.nextInt(FAILURES.length)];
                var note = random.nextInt(3) == 0 ? texts.any("downtime.failure", random) : null;
                changes.add(change(id, next, EquipmentState.DOWN, reason, note));
                at = next.plus(minutes(30 + random.nextDouble() * random.nextDouble() * 600));
            } else {
                boolean noMaterial = random.nextInt(3) == 0;
                changes.add(
                        change(id, next, EquipmentState.IDLE, noMaterial ? DowntimeReason.NO_MATERIAL : null, null));
                at = next.plus(minutes(20 + random.nextInt(150)));
            }
            if (at.isAfter(last)) {
                // still down or idle now, unless the machine must end running
                if (endsRunning) {
                    var soon = next.plus(Duration.ofMinutes(1));
                    changes.add(change(id, soon.isAfter(last) ? soon : last, EquipmentState.RUNNING, null, null));
                }
                break;
            }
            changes.add(change(id, at, EquipmentState.RUNNING, null, null));
        }
        return changes;
    }

    private static RecordStateChange change(
            UUID equipmentId, Instant at, EquipmentState state, DowntimeReason reason, String note) {
        return new RecordStateChange(null, equipmentId, at, state, reason, note);
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60) / 60 * 60);
    }
}

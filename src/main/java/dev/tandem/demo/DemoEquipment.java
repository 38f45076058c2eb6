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
import java.util.Set;
import java.util.UUID;

/**
 * The machines of the demo plant, three in every area, and a year of their dispatch data as a dispatch system would
 * send it: running, short idle spells, monthly planned maintenance, and failures that grow rarer through the year as
 * the plant and its contractors work on their causes. The first two machines are fixed: the pump P-101 and the
 * conveyor CV-201, whose signals the signal simulation feeds.
 */
final class DemoEquipment {

    private static final Viewer SYSTEM = Viewer.system();
    private static final Viewer DISPATCHER =
            new Viewer(null, "demo", "Tandem demo", null, null, false, null, Set.of(Role.LINE_MANAGER));
    private static final int DAYS = 365;

    /** A machine of the catalogue: what it is, and how often it fails (mean running hours between failures). */
    private record Machine(String prefix, EquipmentType type, Criticality criticality, String name, int mtbfHours) {}

    /** Three machines for each of the catalogue's twelve areas, in the order of {@code DemoCatalogue}'s areas. */
    private static final List<List<Machine>> MACHINES = List.of(
            List.of(
                    new Machine("P", EquipmentType.PUMP, Criticality.HIGH, "Cooling water pump No.1", 420),
                    new Machine("F", EquipmentType.FAN, Criticality.HIGH, "Воздуходувка ТВД-2", 700),
                    new Machine("X", EquipmentType.OTHER, Criticality.HIGH, "Skip hoist", 260)),
            List.of(
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.HIGH, "Flux and scrap conveyor", 240),
                    new Machine("CR", EquipmentType.CRANE, Criticality.HIGH, "Разливочный кран 350 т", 380),
                    new Machine("F", EquipmentType.FAN, Criticality.MEDIUM, "Gas cleaning exhauster", 520)),
            List.of(
                    new Machine("M", EquipmentType.MILL, Criticality.HIGH, "Агломашина АКМ-312", 220),
                    new Machine("FU", EquipmentType.FURNACE, Criticality.MEDIUM, "Ignition furnace", 640),
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.MEDIUM, "Return fines conveyor", 300)),
            List.of(
                    new Machine("V", EquipmentType.VEHICLE, Criticality.HIGH, "Коксовыталкиватель", 280),
                    new Machine("C", EquipmentType.COMPRESSOR, Criticality.HIGH, "Coke oven gas compressor", 560),
                    new Machine("V", EquipmentType.VEHICLE, Criticality.MEDIUM, "Quench car", 340)),
            List.of(
                    new Machine("C", EquipmentType.COMPRESSOR, Criticality.HIGH, "Air compressor K-1500", 900),
                    new Machine("P", EquipmentType.PUMP, Criticality.MEDIUM, "Насос жидкого кислорода", 600),
                    new Machine("E", EquipmentType.ELECTRICAL, Criticality.MEDIUM, "Substation 6 kV", 1500)),
            List.of(
                    new Machine("P", EquipmentType.PUMP, Criticality.HIGH, "Питательный насос ПЭН-3", 650),
                    new Machine("F", EquipmentType.FAN, Criticality.MEDIUM, "Boiler induced draught fan", 720),
                    new Machine("E", EquipmentType.ELECTRICAL, Criticality.HIGH, "Main transformer T-1", 2400)),
            List.of(
                    new Machine("FU", EquipmentType.FURNACE, Criticality.HIGH, "Reheating furnace No.1", 480),
                    new Machine("P", EquipmentType.PUMP, Criticality.HIGH, "Descaling pump", 300),
                    new Machine("M", EquipmentType.MILL, Criticality.HIGH, "Черновая клеть", 200)),
            List.of(
                    new Machine("M", EquipmentType.MILL, Criticality.HIGH, "Tandem mill", 180),
                    new Machine("P", EquipmentType.PUMP, Criticality.MEDIUM, "Acid circulation pump", 350),
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.LOW, "Coil conveyor", 450)),
            List.of(
                    new Machine("CR", EquipmentType.CRANE, Criticality.MEDIUM, "Мостовой кран 20 т", 500),
                    new Machine("C", EquipmentType.COMPRESSOR, Criticality.LOW, "Workshop compressor", 800),
                    new Machine("X", EquipmentType.OTHER, Criticality.LOW, "Токарный станок 1М63", 900)),
            List.of(
                    new Machine("CR", EquipmentType.CRANE, Criticality.HIGH, "Overhead crane 32 t", 420),
                    new Machine("CV", EquipmentType.CONVEYOR, Criticality.MEDIUM, "Рольганг отгрузки", 380),
                    new Machine("V", EquipmentType.VEHICLE, Criticality.LOW, "Forklift 5 t", 300)),
            List.of(
                    new Machine("V", EquipmentType.VEHICLE, Criticality.HIGH, "Маневровый тепловоз ТЭМ-7", 350),
                    new Machine("X", EquipmentType.OTHER, Criticality.HIGH, "Wagon tippler", 280),
                    new Machine("E", EquipmentType.ELECTRICAL, Criticality.LOW, "Track switch heating", 1200)),
            List.of(
                    new Machine("V", EquipmentType.VEHICLE, Criticality.HIGH, "Шлаковоз", 260),
                    new Machine("M", EquipmentType.MILL, Criticality.MEDIUM, "Slag crusher", 240),
                    new Machine("F", EquipmentType.FAN, Criticality.LOW, "Dust extraction fan", 650)));

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

    private static final List<String> FAILURE_NOTES = List.of(
            "Bearing overheated",
            "Течь по торцевому уплотнению",
            "Motor tripped on overload",
            "Датчик давления вышел из строя",
            "Belt misalignment",
            "Отказ частотного преобразователя",
            "Coupling bolts sheared",
            "Power dip on the 6 kV bus");

    private final EquipmentRegistry registry;
    private final DispatchLog dispatch;
    private final PlantStructure structure;
    private final Instant now;
    private int machines;
    private int changes;

    DemoEquipment(EquipmentRegistry registry, DispatchLog dispatch, PlantStructure structure, Instant now) {
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
        var form = new RegisterEquipment(
                siteId, areaId, code, machine.name(), machine.type(), machine.criticality(), null);
        registry.register(id, form, SYSTEM);
        machines++;
        var year = year(id, machine, number <= 2, new Random(DemoRun.SEED + number));
        dispatch.recordAll(year, StateChangeSource.API, DISPATCHER);
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
                changes.add(change(id, next, EquipmentState.DOWN, DowntimeReason.PLANNED_MAINTENANCE, "Monthly PM"));
                at = next.plus(Duration.ofHours(6 + random.nextInt(10)));
                maintenance = next.plus(Duration.ofDays(28));
            } else if (next == failure) {
                var reason = FAILURES[random.nextInt(FAILURES.length)];
                var note = random.nextInt(3) == 0 ? FAILURE_NOTES.get(random.nextInt(FAILURE_NOTES.size())) : null;
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

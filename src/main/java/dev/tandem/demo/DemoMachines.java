package dev.tandem.demo;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.organisation.Area;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.DefineTag;
import dev.tandem.signal.TagRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The two machines of the demo plant that send signals: feed pump P-101 in the first area of the first site and
 * belt conveyor CV-201 in its second area, with their tags. Registered under fixed ids, so registering again (on
 * every start, or by the equipment module's demo) changes nothing.
 */
@Component
class DemoMachines {

    /**
     * A tag of a simulated machine: its normal level, how it follows the load, its noise, its expected range. The
     * control system knows it by {@code key}; people read the texts {@code signal.<key>} and {@code unit.<unit>}.
     */
    record Signal(String key, String unit, double level, double load, double noise, double min, double max) {}

    /** A simulated machine; its name is the text {@code machine.<key>}. */
    record Machine(UUID id, String code, String key, EquipmentType type, int area, List<Signal> signals) {}

    static final Machine PUMP = new Machine(
            DemoRun.id("equipment", 1),
            "P-101",
            "feedPump",
            EquipmentType.PUMP,
            0,
            List.of(
                    new Signal("pressure", "bar", 5.5, 0.25, 0.05, 3.5, 7.5),
                    new Signal("flow", "cubicMetresPerHour", 110, 6, 1.2, 60, 150),
                    new Signal("vibration", "millimetresPerSecond", 2.8, 0.15, 0.08, 0, 7.1),
                    new Signal("bearing_temperature", "celsius", 55, 1.2, 0.3, 20, 85),
                    new Signal("motor_current", "ampere", 42, 2.5, 0.5, 10, 60)));

    static final Machine CONVEYOR = new Machine(
            DemoRun.id("equipment", 2),
            "CV-201",
            "beltConveyor",
            EquipmentType.CONVEYOR,
            1,
            List.of(
                    new Signal("belt_speed", "metresPerSecond", 2.0, -0.03, 0.01, 1.5, 2.5),
                    new Signal("motor_current", "ampere", 75, 4, 1.0, 30, 120),
                    new Signal("temperature", "celsius", 45, 1.0, 0.3, 10, 80)));

    static final List<Machine> ALL = List.of(PUMP, CONVEYOR);

    private final PlantStructure plant;
    private final EquipmentRegistry equipment;
    private final TagRegister tags;
    private final DemoTexts texts;

    DemoMachines(PlantStructure plant, EquipmentRegistry equipment, TagRegister tags, DemoProperties properties) {
        this.texts = DemoTexts.of(properties.language());
        this.plant = plant;
        this.equipment = equipment;
        this.tags = tags;
    }

    /** Registers both machines and their tags when the demo plant is there; false when it is not. */
    boolean register() {
        var site = DemoRun.id("site", 0);
        if (plant.currentSite(site).isEmpty()) {
            return false;
        }
        var areas = areasOf(site);
        if (areas.size() < 2) {
            return false;
        }
        var system = Viewer.system();
        int tag = 0;
        for (var machine : ALL) {
            var area = areas.get(machine.area());
            equipment.register(
                    machine.id(),
                    new RegisterEquipment(
                            site,
                            area.id(),
                            machine.code(),
                            texts.text("machine." + machine.key()),
                            machine.type(),
                            Criticality.HIGH,
                            texts.text("machine.signalsInDemo", String.join(", ", names(machine)))),
                    system);
            for (var signal : machine.signals()) {
                tags.register(
                        DemoRun.id("signal-tag", tag++),
                        new DefineTag(
                                machine.id(),
                                key(machine, signal),
                                name(signal),
                                texts.text("unit." + signal.unit()),
                                signal.min(),
                                signal.max()),
                        system);
            }
        }
        return true;
    }

    /** The tag key each signal is published under, the same in every language. */
    static String key(Machine machine, Signal signal) {
        return machine.code() + "." + signal.key();
    }

    private String name(Signal signal) {
        return texts.text("signal." + signal.key());
    }

    /** The first site's areas in the order the demo created them. */
    private List<Area> areasOf(UUID site) {
        var areas = new ArrayList<Area>();
        for (int n = 0; n < 200 && areas.size() < 2; n++) {
            Optional<Area> area = plant.currentArea(DemoRun.id("area", n));
            area.filter(found -> found.siteId().equals(site)).ifPresent(areas::add);
        }
        return areas;
    }

    private List<String> names(Machine machine) {
        return machine.signals().stream().map(this::name).toList();
    }
}

package dev.tandem.demo;

import dev.tandem.demo.DemoMachines.Machine;
import java.util.Locale;
import java.util.Random;

/**
 * Readings of the demo's machines, one set a second: each machine's tags follow one slowly wandering load (so they
 * move together, as process tags do), each with its own noise, plus the fault of the moment.
 */
final class DemoPlantSignals {

    private final DemoSignalProperties properties;
    private final Random random;
    private final double[] loads = new double[DemoMachines.ALL.size()];

    DemoPlantSignals(DemoSignalProperties properties, long seed) {
        this.properties = properties;
        this.random = new Random(seed);
    }

    /** The next readings of machine {@code index}, {@code elapsedMillis} after the simulation started. */
    double[] next(int index, long elapsedMillis) {
        var machine = DemoMachines.ALL.get(index);
        loads[index] = 0.95 * loads[index] + 0.3 * random.nextGaussian();
        var fault = DemoFaults.at(elapsedMillis, properties, index);
        var values = new double[machine.signals().size()];
        for (int s = 0; s < values.length; s++) {
            var signal = machine.signals().get(s);
            values[s] = signal.level()
                    + signal.load() * loads[index]
                    + signal.noise() * random.nextGaussian()
                    + fault.offset(signal, random);
        }
        return values;
    }

    /** The MQTT JSON message of one machine's readings at {@code ts}. */
    static String json(Machine machine, long ts, double[] values) {
        var json = new StringBuilder("{\"ts\":").append(ts).append(",\"values\":{");
        for (int s = 0; s < values.length; s++) {
            json.append(s == 0 ? "" : ",")
                    .append('"')
                    .append(DemoMachines.key(machine, machine.signals().get(s)))
                    .append("\":")
                    .append(String.format(Locale.ROOT, "%.4f", values[s]));
        }
        return json.append("}}").toString();
    }
}

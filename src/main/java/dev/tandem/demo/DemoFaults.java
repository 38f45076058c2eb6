package dev.tandem.demo;

import dev.tandem.demo.DemoMachines.Signal;
import java.util.Random;

/**
 * The faults the demo injects, taking turns: on the pump cavitation (pressure and flow fall, vibration rises and
 * grows noisy) and a wearing bearing (its temperature creeps up); on the conveyor a jam (the motor pulls harder,
 * the belt slows) and an overheating drive.
 */
enum DemoFaults {
    NONE,
    CAVITATION,
    BEARING_WEAR,
    JAM,
    OVERHEATING;

    private static final DemoFaults[][] BY_MACHINE = {{CAVITATION, BEARING_WEAR}, {JAM, OVERHEATING}};

    /** The fault of machine {@code machine} at {@code elapsedMillis} after the simulation started. */
    static Active at(long elapsedMillis, DemoSignalProperties properties, int machine) {
        long sinceFirst = elapsedMillis - properties.firstFaultAfter().toMillis();
        if (sinceFirst < 0) {
            return Active.NONE;
        }
        long every = Math.max(1, properties.faultEvery().toMillis());
        long turn = sinceFirst / every;
        long into = sinceFirst % every;
        if (turn % 2 != machine || into >= properties.faultDuration().toMillis()) {
            return Active.NONE;
        }
        var kinds = BY_MACHINE[machine];
        var kind = kinds[(int) (turn / 2 % kinds.length)];
        return new Active(kind, Math.min(1, into / 20_000.0));
    }

    /** A fault in progress; {@code ramp} grows from 0 to 1 over its first twenty seconds. */
    record Active(DemoFaults kind, double ramp) {
        static final Active NONE = new Active(DemoFaults.NONE, 0);

        double offset(Signal signal, Random random) {
            double r = ramp;
            return switch (kind) {
                case CAVITATION ->
                    switch (signal.key()) {
                        case "pressure" -> -1.0 * r;
                        case "flow" -> -18 * r;
                        case "vibration" -> r * (2.0 + 0.8 * random.nextGaussian());
                        default -> 0;
                    };
                case BEARING_WEAR ->
                    switch (signal.key()) {
                        case "bearing_temperature" -> 12 * r;
                        case "vibration" -> r * 0.6 * random.nextGaussian();
                        default -> 0;
                    };
                case JAM ->
                    switch (signal.key()) {
                        case "motor_current" -> 30 * r;
                        case "belt_speed" -> -0.15 * r;
                        default -> 0;
                    };
                case OVERHEATING -> signal.key().equals("temperature") ? 15 * r : 0;
                case NONE -> 0;
            };
        }
    }
}

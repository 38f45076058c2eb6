package dev.tandem.signal;

import java.util.Optional;

/** The MQTT input Tandem listens on, for publishers inside the application such as the demo's simulated plant. */
public interface MqttInputs {

    /** The broker and topic Tandem is subscribed to; empty when the MQTT listener is off. */
    Optional<MqttInput> current();
}

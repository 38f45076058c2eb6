package dev.tandem.signal;

import dev.tandem.signal.ingest.SignalProperties;

/**
 * Where Tandem listens for MQTT signals, for a publisher inside the application (the demo's simulated plant).
 *
 * @param url the broker's URL
 * @param topicPrefix the subscription's fixed part: a publisher's topic starts with it
 * @param format how payloads are read
 */
public record MqttInput(String url, String topicPrefix, SignalProperties.PayloadFormat format) {}

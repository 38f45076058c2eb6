package dev.tandem.signal.ingest;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.signal.MqttInput;
import dev.tandem.signal.MqttInputs;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the plant's MQTT broker (Eclipse Paho) when {@code tandem.signal.mqtt.enabled}, and passes every
 * message to the ingestion. A message that cannot be read is counted, never thrown: Paho drops the connection when
 * its callback throws. Until the first connection succeeds it tries again every five seconds; after that Paho
 * reconnects by itself and the subscription is renewed.
 */
@Component
class MqttSignalListener implements SmartLifecycle, MqttCallbackExtended, MqttInputs {

    private static final Logger log = LoggerFactory.getLogger(MqttSignalListener.class);

    private final SignalProperties.Mqtt settings;
    private final InProcessBroker broker;
    private final SignalIngestion ingestion;
    private final PlantStructure plant;
    private final Clock clock;
    private MqttPayloads payloads;
    private MqttAsyncClient client;
    private ScheduledExecutorService retries;

    MqttSignalListener(
            SignalProperties properties,
            InProcessBroker broker,
            SignalIngestion ingestion,
            PlantStructure plant,
            Clock clock) {
        this.settings = properties.mqtt();
        this.broker = broker;
        this.ingestion = ingestion;
        this.plant = plant;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || client != null) {
            return;
        }
        var url = settings.url().isBlank() ? broker.url() : settings.url();
        if (url == null) {
            throw new IllegalStateException(
                    "tandem.signal.mqtt.url is blank and the in-process broker (tandem.signal.broker.enabled) is off");
        }
        payloads = new MqttPayloads(
                settings.format(), settings.topic(), plant.enterprise().zone());
        try {
            client = new MqttAsyncClient(url, settings.clientId(), new MemoryPersistence());
        } catch (MqttException wrongUrl) {
            throw new IllegalStateException("tandem.signal.mqtt.url " + url + " is not usable", wrongUrl);
        }
        client.setCallback(this);
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "signal-mqtt-connect");
            thread.setDaemon(true);
            return thread;
        });
        connect();
    }

    private synchronized void connect() {
        if (client == null) {
            return;
        }
        var options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        if (!settings.username().isBlank()) {
            options.setUserName(settings.username());
            options.setPassword(settings.password().toCharArray());
        }
        try {
            client.connect(options).waitForCompletion(10_000);
        } catch (MqttException failed) {
            log.warn(
                    "MQTT broker {} not reachable ({}); trying again in 5 s",
                    client.getServerURI(),
                    failed.getMessage());
            retries.schedule(this::connect, 5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        try {
            client.subscribe(settings.topic(), settings.qos());
            log.info("Listening for signals on {} topic {} ({})", serverUri, settings.topic(), settings.format());
        } catch (MqttException failed) {
            log.error("Could not subscribe to {} on {}", settings.topic(), serverUri, failed);
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        try {
            ingestion.accept(SampleSource.MQTT, payloads.read(topic, message.getPayload(), clock.millis()));
        } catch (MqttPayloads.Malformed malformed) {
            ingestion.malformed(SampleSource.MQTT, topic + ": " + malformed.getMessage());
        } catch (RuntimeException failed) {
            log.error("A signal message on {} failed", topic, failed);
            ingestion.malformed(SampleSource.MQTT, topic + ": " + failed.getMessage());
        }
    }

    @Override
    public synchronized Optional<MqttInput> current() {
        return client == null
                ? Optional.empty()
                : Optional.of(new MqttInput(
                        client.getServerURI(), MqttPayloads.fixedPart(settings.topic()), settings.format()));
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("Lost the MQTT connection ({}); reconnecting", cause == null ? "" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {}

    @Override
    public synchronized void stop() {
        if (client == null) {
            return;
        }
        retries.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close();
        } catch (MqttException failed) {
            log.warn("Closing the MQTT connection: {}", failed.getMessage());
        }
        client = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return SignalPhases.LISTENER;
    }
}

package dev.tandem.notification.delivery;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks: an HTTP POST of the notification as JSON, signed with HMAC-SHA256 under the channel's secret over
 * {@code <timestamp>.<body>}, so that a receiver knows the message came from Tandem and is not an old one replayed.
 * Any answer other than 2xx is a failure, tried again later.
 */
@Component
class WebhookPoster implements ChannelSender {

    static final String SIGNATURE = "X-Tandem-Signature";
    static final String TIMESTAMP = "X-Tandem-Timestamp";
    static final String DELIVERY = "X-Tandem-Delivery";

    private final Webhooks webhooks;
    private final RestClient http;
    private final JsonMapper json;
    private final DeliveryProperties properties;
    private final Clock clock;

    WebhookPoster(Webhooks webhooks, JsonMapper json, DeliveryProperties properties, Clock clock) {
        this.webhooks = webhooks;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        var client = HttpClient.newBuilder()
                .connectTimeout(properties.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.webhookTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Parcel parcel) {
        var delivery = parcel.deliveries().get(0);
        var target = webhooks.target(UUID.fromString(parcel.target()))
                .orElseThrow(() -> new IllegalStateException("the webhook channel is switched off or removed"));
        var body = json.writeValueAsString(body(delivery));
        var timestamp = String.valueOf(Instant.now(clock).getEpochSecond());
        http.post()
                .uri(target.url())
                .contentType(MediaType.APPLICATION_JSON)
                .header(DELIVERY, delivery.id().toString())
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, signature(target.secret(), timestamp, body))
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code <timestamp>.<body>} under the channel's secret. */
    static String signature(String secret, String timestamp, String body) {
        var content = (timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        var mac = NotificationKey.hmac(secret.getBytes(StandardCharsets.UTF_8), content);
        return "sha256=" + HexFormat.of().formatHex(mac);
    }

    private Map<String, Object> body(Claimed delivery) {
        var notification = delivery.notification();
        var body = new LinkedHashMap<String, Object>();
        body.put("delivery", delivery.id());
        body.put("notification", notification.id());
        body.put("kind", notification.kind());
        body.put("severity", notification.severity());
        body.put("recipientPersonId", notification.recipientPersonId());
        body.put("language", notification.language().toLanguageTag());
        body.put("title", notification.title());
        body.put("text", notification.text());
        body.put("createdAt", notification.createdAt().toString());
        if (notification.record() != null) {
            var record = notification.record();
            var base = properties.baseUrl().toString().replaceAll("/+$", "");
            body.put(
                    "record", Map.of("type", record.type(), "id", record.id().toString(), "url", base + record.path()));
        }
        return body;
    }
}

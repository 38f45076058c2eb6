package dev.tandem.notification.delivery;

import dev.tandem.notification.NotificationPreferences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: claims a batch, sends each parcel through its channel, and records each outcome; a failure
 * waits twice as long as the one before (up to the longest wait) and is never given up. One channel failing holds up
 * nothing else: each parcel is tried and recorded on its own. Runs outside any transaction, so a slow receiver
 * holds no database lock.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** How long a delivery held back by its recipient's quiet hours waits before they are asked again. */
    static final Duration QUIET_HOURS_RECHECK = Duration.ofMinutes(15);

    private final Deliveries deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationPreferences preferences;
    private final DeliveryProperties.Delivery settings;
    private final Clock clock;

    DeliveryWorker(
            Deliveries deliveries,
            List<ChannelSender> senders,
            NotificationPreferences preferences,
            DeliveryProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.preferences = preferences;
        this.settings = properties.delivery();
        this.clock = clock;
    }

    /** Sends everything due now, batch after batch; returns how many deliveries were tried. */
    public int deliverDue() {
        var started = Instant.now(clock);
        // a node stops claiming well within one lease, so that what it claimed is never claimed by another meanwhile
        var deadline = started.plus(settings.lease().dividedBy(2));
        var tried = 0;
        while (true) {
            var claimed = deliveries.claim(Instant.now(clock), settings.lease(), settings.batch());
            if (claimed.isEmpty()) {
                return tried;
            }
            tried += send(parcels(claimed), deadline);
            if (Instant.now(clock).isAfter(deadline)) {
                return tried;
            }
        }
    }

    private int send(List<Parcel> parcels, Instant deadline) {
        var tried = 0;
        for (var parcel : parcels) {
            var now = Instant.now(clock);
            if (now.isAfter(deadline)) {
                deliveries.release(ids(parcel), now);
                continue;
            }
            if (heldBack(parcel, now)) {
                deliveries.release(ids(parcel), now.plus(QUIET_HOURS_RECHECK));
                continue;
            }
            send(parcel);
            tried += parcel.deliveries().size();
        }
        return tried;
    }

    private void send(Parcel parcel) {
        var ids = ids(parcel);
        try {
            senders.get(parcel.channel()).send(parcel);
            deliveries.sent(ids, Instant.now(clock));
        } catch (Exception e) {
            var attempt = attempts(parcel);
            log.warn(
                    "{} delivery to {} failed (attempt {}): {}", parcel.channel(), parcel.target(), attempt, reason(e));
            deliveries.failed(ids, reason(e), Instant.now(clock).plus(settings.backOff(attempt)));
        }
    }

    /** The recipient's quiet hours hold back all but CRITICAL notifications (a digest is one person's, and INFO). */
    private boolean heldBack(Parcel parcel, Instant now) {
        var notification = parcel.deliveries().get(0).notification();
        return preferences.holdsBack(
                notification.recipientPersonId(), notification.kind(), notification.severity(), now);
    }

    /** Each delivery alone, except an address's INFO e-mails, which leave together as one digest. */
    private static List<Parcel> parcels(List<Claimed> claimed) {
        var parcels = new ArrayList<Parcel>();
        var digests = new LinkedHashMap<String, List<Claimed>>();
        for (var delivery : claimed) {
            if (delivery.digest()) {
                digests.computeIfAbsent(delivery.target(), target -> new ArrayList<>())
                        .add(delivery);
            } else {
                parcels.add(new Parcel(delivery.channel(), delivery.target(), List.of(delivery)));
            }
        }
        digests.forEach((target, group) -> parcels.add(new Parcel(Channel.EMAIL, target, group)));
        return parcels;
    }

    private static List<UUID> ids(Parcel parcel) {
        return parcel.deliveries().stream().map(Claimed::id).toList();
    }

    private static int attempts(Parcel parcel) {
        return parcel.deliveries().stream().mapToInt(Claimed::attempts).max().orElse(1);
    }

    /** The outer message says what failed, the innermost cause why (a refused connection inside a mail exception). */
    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e || e.getMessage() == null ? why : e.getMessage() + ": " + why;
    }
}

package dev.tandem.notification.delivery;

import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationPreferences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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

    /**
     * Sends a claimed batch, channel by channel (one SMTP connection for all its e-mails), recording each parcel's
     * outcome as it is known; what is held back by quiet hours or left when time is up is given back.
     */
    private int send(List<Parcel> parcels, Instant deadline) {
        var heldBack = preferences.holdingBack(notifications(parcels), Instant.now(clock));
        var byChannel = new EnumMap<Channel, List<Parcel>>(Channel.class);
        for (var parcel : parcels) {
            if (heldBack.contains(parcel.deliveries().get(0).notification().id())) {
                deliveries.release(ids(parcel), Instant.now(clock).plus(QUIET_HOURS_RECHECK));
            } else {
                byChannel
                        .computeIfAbsent(parcel.channel(), channel -> new ArrayList<>())
                        .add(parcel);
            }
        }
        var told = new HashSet<Parcel>();
        var outcomes = new ChannelSender.Outcomes() {
            @Override
            public boolean inTime() {
                return !Instant.now(clock).isAfter(deadline);
            }

            @Override
            public void sent(Parcel parcel) {
                told.add(parcel);
                deliveries.sent(ids(parcel), Instant.now(clock));
            }

            @Override
            public void failed(Parcel parcel, Exception why) {
                told.add(parcel);
                var attempt = attempts(parcel);
                log.warn(
                        "{} delivery to {} failed (attempt {}): {}",
                        parcel.channel(),
                        parcel.target(),
                        attempt,
                        reason(why));
                deliveries.failed(ids(parcel), reason(why), Instant.now(clock).plus(settings.backOff(attempt)));
            }
        };
        byChannel.forEach((channel, batch) -> senders.get(channel).sendAll(batch, outcomes));
        var tried = 0;
        for (var batch : byChannel.values()) {
            for (var parcel : batch) {
                if (told.contains(parcel)) {
                    tried += parcel.deliveries().size();
                } else {
                    deliveries.release(ids(parcel), Instant.now(clock));
                }
            }
        }
        return tried;
    }

    /** The recipient's quiet hours hold back all but CRITICAL notifications (a digest is one person's, and INFO). */
    private static List<Notification> notifications(List<Parcel> parcels) {
        return parcels.stream()
                .map(parcel -> parcel.deliveries().get(0).notification())
                .toList();
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

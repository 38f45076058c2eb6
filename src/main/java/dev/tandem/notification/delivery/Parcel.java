package dev.tandem.notification.delivery;

import java.util.List;

/** What leaves as one message: one delivery, or an address's INFO e-mails as one digest. */
record Parcel(Channel channel, String target, List<Claimed> deliveries) {

    Parcel {
        deliveries = List.copyOf(deliveries);
    }
}

package dev.tandem.notification.delivery;

import java.util.List;

/** Sends parcels through one channel; an exception says a parcel was not sent, and its message says why. */
interface ChannelSender {

    Channel channel();

    void send(Parcel parcel) throws Exception;

    /**
     * Sends the parcels one after another, telling each outcome as soon as it is known, and stops when the outcomes
     * say time is up (the parcels left untold are the caller's to give back). A channel that can carry several
     * parcels over one connection does so here.
     */
    default void sendAll(List<Parcel> parcels, Outcomes outcomes) {
        for (var parcel : parcels) {
            if (!outcomes.inTime()) {
                return;
            }
            try {
                send(parcel);
                outcomes.sent(parcel);
            } catch (Exception e) {
                outcomes.failed(parcel, e);
            }
        }
    }

    /** Where a channel tells what became of each parcel, and asks whether it may go on. */
    interface Outcomes {

        boolean inTime();

        void sent(Parcel parcel);

        void failed(Parcel parcel, Exception why);
    }
}

package dev.tandem.notification.delivery;

/** Sends a parcel through one channel; an exception says it was not sent, and its message says why. */
interface ChannelSender {

    Channel channel();

    void send(Parcel parcel) throws Exception;
}

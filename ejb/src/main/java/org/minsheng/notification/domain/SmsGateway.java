package org.minsheng.notification.domain;

/** Sends a text message to a mobile number; off unless a gateway is configured. */
public interface SmsGateway {

    boolean enabled();

    /** Returns whether the gateway accepted the message. */
    boolean send(String mobile, String text);
}

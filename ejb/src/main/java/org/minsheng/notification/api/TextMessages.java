package org.minsheng.notification.api;

/**
 * Text messages (SMS) to residents, e.g. the receipt of a case entered by the hotline. When no
 * gateway is configured, or it refuses, the caller is told so and says the text another way.
 */
public interface TextMessages {

    boolean enabled();

    /** Returns whether the message went out. */
    boolean send(String mobile, String text);
}

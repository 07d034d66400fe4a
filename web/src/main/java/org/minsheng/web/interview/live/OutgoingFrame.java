package org.minsheng.web.interview.live;

import java.nio.charset.StandardCharsets;

/**
 * A text frame on its way to sessions: built once, and encoded to UTF-8 once for all of them
 * (encoding it per session was the largest share of the fan-out's own work).
 */
final class OutgoingFrame {

    private final String text;
    /** Encoded on first use; two threads encoding at once produce equal arrays, so no lock. */
    private volatile byte[] utf8;

    private OutgoingFrame(String text) {
        this.text = text;
    }

    static OutgoingFrame of(String text) {
        return new OutgoingFrame(text);
    }

    String text() {
        return text;
    }

    /** The encoded bytes, shared: callers must not change them. */
    byte[] utf8() {
        byte[] bytes = utf8;
        if (bytes == null) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            utf8 = bytes;
        }
        return bytes;
    }
}

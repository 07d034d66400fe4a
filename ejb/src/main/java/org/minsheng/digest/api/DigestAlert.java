package org.minsheng.digest.api;

import java.time.Instant;

/**
 * A topic or district whose last hour is far above its usual level, with the response clocks of
 * public-opinion practice: first response within 5 h, answer within 24 h (major) or 48 h.
 */
public record DigestAlert(String kind, String subject, String label, long lastHour, double usualPerHour, boolean major,
        Instant raisedAt, Instant firstResponseDue, Instant answerDue) {
}

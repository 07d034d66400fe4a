package org.minsheng.digest.domain;

import java.time.Duration;

/**
 * When a topic's or district's last hour is far above its usual level: at least
 * {@code minimum} messages in the last hour and at least {@code factor} times the usual hourly
 * count (the average hour of the {@code baseline} before it) plus {@code minimum}. An alert is
 * major (answer within 24 h instead of 48 h) from {@code majorCount} messages in an hour.
 * The response clocks follow public-opinion practice: first response within 5 h, answer within 24 h
 * for major events and 48 h otherwise.
 */
public record AlertRule(int minimum, double factor, Duration baseline, int majorCount) {

    public static final Duration FIRST_RESPONSE = Duration.ofHours(5);
    public static final Duration ANSWER_MAJOR = Duration.ofHours(24);
    public static final Duration ANSWER_OTHER = Duration.ofHours(48);

    public static AlertRule defaults() {
        return new AlertRule(3, 4.0, Duration.ofDays(7), 10);
    }

    public double usualPerHour(long countInBaseline) {
        return countInBaseline / (double) baseline.toHours();
    }

    public boolean raises(long lastHour, long countInBaseline) {
        return lastHour >= minimum && lastHour >= factor * usualPerHour(countInBaseline) + minimum;
    }

    public boolean major(long lastHour) {
        return lastHour >= majorCount;
    }

    public Duration answerWithin(long lastHour) {
        return major(lastHour) ? ANSWER_MAJOR : ANSWER_OTHER;
    }
}

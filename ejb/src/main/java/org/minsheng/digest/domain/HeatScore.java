package org.minsheng.digest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How hot a topic is over a window, from its messages in the window:
 *
 * <pre>
 * heat = (4·R + M + 2·ln(1 + max(0, likes − dislikes)) + ln(1 + span in days)) · 0.5^(age / half-life)
 * </pre>
 *
 * R distinct residents (what matters most: many people, not one loud one), M messages without
 * near-repeats, likes and dislikes summed over the messages, the span from first to last message
 * (a lasting issue weighs more than a burst), and the age of the last message against
 * {@code now}, halving every half-life (half the window; no decay over the whole period).
 * Likes are damped by the logarithm so that one much-liked message cannot outweigh residents.
 */
public final class HeatScore {

    private HeatScore() {
    }

    public static double of(List<TopicMessage> inWindow, Instant now, Duration halfLife) {
        if (inWindow.isEmpty()) {
            return 0;
        }
        long residents = inWindow.stream().map(TopicMessage::residentOrId).distinct().count();
        long messages = inWindow.stream().filter(m -> !m.repeat()).count();
        long likes = inWindow.stream().mapToLong(TopicMessage::likes).sum();
        long dislikes = inWindow.stream().mapToLong(TopicMessage::dislikes).sum();
        Instant first = inWindow.stream().map(TopicMessage::at).min(Instant::compareTo).orElseThrow();
        Instant last = inWindow.stream().map(TopicMessage::at).max(Instant::compareTo).orElseThrow();
        double spanDays = Duration.between(first, last).toMinutes() / 1440.0;
        double base = 4.0 * residents + messages + 2 * Math.log1p(Math.max(0, likes - dislikes)) + Math.log1p(spanDays);
        if (halfLife == null) {
            return base;
        }
        double ageHours = Math.max(0, Duration.between(last, now).toMinutes() / 60.0);
        return base * Math.pow(0.5, ageHours / (halfLife.toMinutes() / 60.0));
    }
}

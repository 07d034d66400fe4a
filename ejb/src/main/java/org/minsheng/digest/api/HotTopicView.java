package org.minsheng.digest.api;

import java.time.Instant;
import java.util.List;

/**
 * A hot topic over a window: its label (place and problem), heat (see the heat score in the
 * digest's domain), messages without near-repeats, distinct residents, likes and dislikes, main
 * keywords and places, first and last message, a few representative messages and the messages per
 * day (its trend line).
 */
public record HotTopicView(String id, int rank, String label, double heat, int messages, int residents, long likes,
        long dislikes, List<String> keywords, List<String> places, Instant first, Instant last,
        List<TopicMessageView> representative, List<DayCount> perDay) {
}

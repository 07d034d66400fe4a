package org.minsheng.digest.domain;

import java.time.Instant;
import java.util.List;

/**
 * One resident message as the hot-topic grouping sees it: who wrote it (a pseudonym), when, its
 * likes and dislikes, the specific places it names (estates, roads, townships), the districts, its
 * keywords and a fingerprint of its text for near-duplicate detection. {@code repeat} marks a
 * message nearly identical to an earlier one of its topic: it does not count as a message.
 */
public record TopicMessage(String id, String resident, String title, String summary, Instant at, int likes,
        int dislikes, List<String> estates, List<String> places, List<String> districts, List<String> keywords,
        long fingerprint, boolean repeat) {

    public TopicMessage {
        estates = List.copyOf(estates);
        places = List.copyOf(places);
        districts = List.copyOf(districts);
        keywords = List.copyOf(keywords);
    }

    public TopicMessage asRepeat() {
        return new TopicMessage(id, resident, title, summary, at, likes, dislikes, estates, places, districts, keywords,
                fingerprint, true);
    }

    /** Residents without any name or number each count as themselves. */
    public String residentOrId() {
        return resident == null || resident.isBlank() ? "message:" + id : resident;
    }
}

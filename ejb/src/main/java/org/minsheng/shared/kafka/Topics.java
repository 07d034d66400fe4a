package org.minsheng.shared.kafka;

import jakarta.json.JsonObject;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.minsheng.shared.events.EventStream;

/**
 * Every topic of the platform, declared once. Event topics are keyed by aggregate id so that one
 * case's (or interview's) events stay in order on one partition.
 */
public final class Topics {

    public static final Topic<String, JsonObject> CASE_EVENTS =
            new Topic<>("minsheng.case-events", 3, Serdes.String(), JsonObjectSerde.create());
    public static final Topic<String, JsonObject> INTERVIEW_EVENTS =
            new Topic<>("minsheng.interview-events", 3, Serdes.String(), JsonObjectSerde.create());

    private Topics() {
    }

    public static Topic<String, JsonObject> of(EventStream stream) {
        return switch (stream) {
            case CASES -> CASE_EVENTS;
            case INTERVIEWS -> INTERVIEW_EVENTS;
        };
    }

    public static List<Topic<String, JsonObject>> all() {
        return List.of(CASE_EVENTS, INTERVIEW_EVENTS);
    }
}

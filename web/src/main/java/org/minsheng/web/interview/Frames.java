package org.minsheng.web.interview;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.minsheng.interview.api.PostView;

/** The JSON frames of both channels; each is built once and sent to every session as the same string. */
final class Frames {

    private Frames() {
    }

    static String post(PostView p) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "post")
                .add("interviewId", p.interviewId())
                .add("seq", p.sequence())
                .add("kind", p.kind())
                .add("author", p.authorName())
                .add("body", p.body())
                .add("at", p.postedAt().toString());
        optional(b, "authorTitle", p.authorTitle());
        optional(b, "imageUrl", p.imageUrl());
        optional(b, "questionId", p.questionId());
        optional(b, "asker", p.askerName());
        if (p.answerTo() != null) {
            b.add("answerTo", p.answerTo());
        }
        return b.build().toString();
    }

    static String viewers(long count) {
        return Json.createObjectBuilder().add("type", "viewers").add("count", count).build().toString();
    }

    static String queue(String interviewId, String questionId, String change) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "queue").add("interviewId", interviewId)
                .add("change", change);
        optional(b, "questionId", questionId);
        return b.build().toString();
    }

    static String error(String code, String zh, String en) {
        return Json.createObjectBuilder().add("type", "error").add("code", code).add("message", zh)
                .add("message_en", en).build().toString();
    }

    static String pong() {
        return "{\"type\":\"pong\"}";
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }
}

package org.minsheng.web.interview.live;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;

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
        optional(b, "imageAlt", p.imageAlt());
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

    /** An error; {@code ref} echoes the client's reference of the action it answers (or is null). */
    static String error(String code, JsonValue ref, String zh, String en) {
        return errorBuilder(code, ref, zh, en).build().toString();
    }

    static JsonObjectBuilder errorBuilder(String code, JsonValue ref, String zh, String en) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "error").add("code", code);
        if (ref != null) {
            b.add("ref", ref);
        }
        return b.add("message", zh).add("message_en", en);
    }

    /**
     * A staff action's success: the post it published carries its number in the interview's
     * sequence ({@code seq}), so the client can match it with the stream; a question's new state.
     */
    static String done(String action, JsonValue ref, PostView post, QuestionView question) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "done").add("action", action);
        if (ref != null) {
            b.add("ref", ref);
        }
        if (post != null) {
            b.add("seq", post.sequence()).add("interviewId", post.interviewId());
            optional(b, "questionId", post.questionId());
        }
        if (question != null) {
            b.add("questionId", question.id()).add("status", question.status()).add("version", question.version());
            if (question.shownSequence() != null && post == null) {
                b.add("seq", question.shownSequence());
            }
            optional(b, "mergedInto", question.mergedInto());
        }
        return b.build().toString();
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

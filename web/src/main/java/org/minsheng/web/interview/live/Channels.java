package org.minsheng.web.interview.live;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.util.List;

/** What both channels share: the resume position and the reading of incoming frames. */
final class Channels {

    private Channels() {
    }

    /** A client frame: the JSON object, or the error frame to answer with when it is not one. */
    record Incoming(JsonObject frame, String error) {

        String type() {
            JsonValue type = frame.get("type");
            return type != null && type.getValueType() == JsonValue.ValueType.STRING ? frame.getString("type") : "";
        }

        boolean isPing() {
            return "ping".equals(type());
        }
    }

    /** {@code ?since=N}: the last number the client already has; 0 (or absent) for the full history. */
    static long since(Session session) {
        List<String> values = session.getRequestParameterMap().get("since");
        if (values == null || values.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(values.get(0)));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Incoming read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return new Incoming(null, Frames.error("malformed", null, "消息格式错误：须为 JSON 对象",
                        "Malformed frame: a JSON object is expected"));
            }
            return new Incoming(value.asJsonObject(), null);
        } catch (JsonException | IllegalStateException e) {
            return new Incoming(null, Frames.error("malformed", null, "消息格式错误：不是有效的 JSON",
                    "Malformed frame: not valid JSON"));
        }
    }

    /** The viewer channel's answer: {@code {"type":"ping"}} gets a pong, everything else an error frame. */
    static String answer(String text) {
        Incoming in = read(text);
        if (in.error() != null) {
            return in.error();
        }
        if (in.isPing()) {
            return Frames.pong();
        }
        return Frames.error("unsupported", null, "此频道只推送直播内容；提问和操作请使用页面或接口",
                "This channel only pushes the stream; ask and act through the pages or the API");
    }
}

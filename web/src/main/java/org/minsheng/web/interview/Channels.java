package org.minsheng.web.interview;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.util.List;

/** What both channels share: the resume position and the handling of incoming frames. */
final class Channels {

    /** Incoming frames are small commands; anything larger is refused by the container (1009). */
    static final int MAX_INCOMING = 4096;

    private Channels() {
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

    /** Answers a client frame: {@code {"type":"ping"}} gets a pong, everything else an error frame. */
    static String answer(String text) {
        JsonObject frame;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Frames.error("malformed", "消息格式错误：须为 JSON 对象", "Malformed frame: a JSON object is expected");
            }
            frame = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return Frames.error("malformed", "消息格式错误：不是有效的 JSON", "Malformed frame: not valid JSON");
        }
        JsonValue type = frame.get("type");
        if (type != null && type.getValueType() == JsonValue.ValueType.STRING && "ping".equals(frame.getString("type"))) {
            return Frames.pong();
        }
        return Frames.error("unsupported", "此频道只推送直播内容；提问和操作请使用页面或接口",
                "This channel only pushes the stream; ask and act through the pages or the API");
    }
}

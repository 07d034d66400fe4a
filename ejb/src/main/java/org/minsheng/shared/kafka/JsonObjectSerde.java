package org.minsheng.shared.kafka;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** UTF-8 JSON objects on the wire; event envelopes are read without binding to feature classes. */
public final class JsonObjectSerde {

    private JsonObjectSerde() {
    }

    public static Serde<JsonObject> create() {
        Serializer<JsonObject> serializer = (topic, value) ->
                value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
        Deserializer<JsonObject> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                return reader.readObject();
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}

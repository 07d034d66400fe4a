package org.minsheng.digest.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minsheng.digest.domain.CaseFacts;
import org.minsheng.digest.domain.DepartmentTally;
import org.minsheng.digest.domain.HotTopic;
import org.minsheng.digest.domain.TopicMessage;

/** The digest's state as JSON, the form its stores and changelogs keep it in. */
public final class DigestJson {

    private DigestJson() {
    }

    public static JsonObject message(TopicMessage m) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", m.id()).add("title", nn(m.title()))
                .add("summary", nn(m.summary())).add("at", m.at().toString()).add("likes", m.likes())
                .add("dislikes", m.dislikes()).add("estates", array(m.estates())).add("places", array(m.places()))
                .add("districts", array(m.districts())).add("keywords", array(m.keywords()))
                .add("fingerprint", m.fingerprint()).add("repeat", m.repeat());
        if (m.resident() != null) {
            b.add("resident", m.resident());
        }
        return b.build();
    }

    public static TopicMessage message(JsonObject o) {
        return new TopicMessage(o.getString("id"), o.getString("resident", null), o.getString("title", ""),
                o.getString("summary", ""), Instant.parse(o.getString("at")), o.getInt("likes", 0),
                o.getInt("dislikes", 0), strings(o, "estates"), strings(o, "places"), strings(o, "districts"),
                strings(o, "keywords"), o.getJsonNumber("fingerprint").longValue(), o.getBoolean("repeat", false));
    }

    public static JsonObject topic(HotTopic t) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        t.messages().forEach(m -> messages.add(message(m)));
        return Json.createObjectBuilder().add("id", t.id()).add("messages", messages).build();
    }

    public static HotTopic topic(JsonObject o) {
        return new HotTopic(o.getString("id"), o.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(DigestJson::message).toList());
    }

    public static JsonObject facts(CaseFacts f) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("report", f.report()).add("returned", f.returned())
                .add("answered", f.answered()).add("onTime", f.onTime()).add("workingDays", f.workingDays())
                .add("closed", f.closed()).add("satisfaction", f.satisfaction()).add("reopened", f.reopened());
        if (f.receivedDay() != null) {
            b.add("receivedDay", f.receivedDay());
        }
        if (f.department() != null) {
            b.add("department", f.department());
        }
        return b.build();
    }

    public static CaseFacts facts(JsonObject o) {
        if (o == null) {
            return CaseFacts.NEW;
        }
        return new CaseFacts(o.getString("receivedDay", null), o.getBoolean("report", false),
                o.getString("department", null), o.getBoolean("returned", false), o.getBoolean("answered", false),
                o.getBoolean("onTime", false), o.getInt("workingDays", 0), o.getBoolean("closed", false),
                o.getInt("satisfaction", 0), o.getBoolean("reopened", false));
    }

    public static JsonObject tally(DepartmentTally t) {
        return Json.createObjectBuilder().add("received", t.received()).add("answered", t.answered())
                .add("answeredOnTime", t.answeredOnTime()).add("closed", t.closed()).add("reopened", t.reopened())
                .add("returned", t.returned()).add("workingDays", histogram(t.workingDays()))
                .add("satisfaction", histogram(t.satisfaction())).build();
    }

    public static DepartmentTally tally(JsonObject o) {
        if (o == null) {
            return DepartmentTally.empty();
        }
        return new DepartmentTally(o.getJsonNumber("received").longValue(), o.getJsonNumber("answered").longValue(),
                o.getJsonNumber("answeredOnTime").longValue(), o.getJsonNumber("closed").longValue(),
                o.getJsonNumber("reopened").longValue(), o.getJsonNumber("returned").longValue(),
                histogram(o.getJsonObject("workingDays")), histogram(o.getJsonObject("satisfaction")));
    }

    private static JsonObject histogram(Map<Integer, Long> h) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        h.forEach((k, v) -> b.add(String.valueOf(k), v));
        return b.build();
    }

    private static Map<Integer, Long> histogram(JsonObject o) {
        Map<Integer, Long> h = new TreeMap<>();
        o.forEach((k, v) -> h.put(Integer.valueOf(k), ((JsonNumber) v).longValue()));
        return h;
    }

    static JsonArray array(List<String> values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        values.forEach(b::add);
        return b.build();
    }

    static List<String> strings(JsonObject o, String key) {
        JsonArray a = o.getJsonArray(key);
        return a == null ? List.of() : a.getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}

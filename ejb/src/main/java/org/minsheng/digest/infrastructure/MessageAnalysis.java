package org.minsheng.digest.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.digest.domain.TextFingerprint;
import org.minsheng.digest.domain.TopicMessage;
import org.minsheng.digest.domain.TopicWords;
import org.minsheng.nlp.api.PlaceMention;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;

/**
 * Turns a received-case envelope into the message the digest groups: keywords and places from the
 * nlp feature (on the masked text), the writer's pseudonym, likes and dislikes when the envelope
 * carries them (imported board messages do), and a fingerprint of the text. Envelopes written
 * before the event carried the body still give a message from their title.
 */
final class MessageAnalysis {

    private MessageAnalysis() {
    }

    static JsonObject analyse(JsonObject envelope, TextInsightsFacade insights) {
        JsonObject data = envelope.getJsonObject("data");
        String title = data.getString("title", "");
        String body = data.getString("body", "");
        TextInsights found = insights.analyse(title, body);
        List<String> estates = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        for (PlaceMention p : found.places()) {
            switch (p.kind()) {
                case "ESTATE" -> {
                    if (TopicWords.isSpecificPlace(p.name())) {
                        add(estates, p.name());
                    }
                }
                case "ROAD", "TOWNSHIP" -> {
                    if (TopicWords.isSpecificPlace(p.name())) {
                        add(places, p.name());
                    }
                }
                case "DISTRICT" -> add(districts, p.name());
                default -> { }
            }
        }
        List<String> allPlaces = new ArrayList<>(estates);
        allPlaces.addAll(places);
        allPlaces.addAll(districts);
        found.places().forEach(p -> allPlaces.add(p.name()));
        String id = data.getString("caseId", envelope.getString("aggregateId", ""));
        TopicMessage message = new TopicMessage(id, data.getString("residentKey", null), found.maskedTitle(),
                found.summary(), Instant.parse(envelope.getString("occurredAt")), data.getInt("likes", 0),
                data.getInt("dislikes", 0), estates, places, districts, TopicWords.of(found.keywords(), allPlaces),
                TextFingerprint.of(title + body), false);
        return Json.createObjectBuilder(DigestJson.message(message))
                .add("channel", data.getString("channel", "?"))
                .add("category", data.getString("category", "")).build();
    }

    private static void add(List<String> list, String name) {
        if (!list.contains(name)) {
            list.add(name);
        }
    }
}

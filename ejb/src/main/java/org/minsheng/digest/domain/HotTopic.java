package org.minsheng.digest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A group of messages about one thing (one estate's dust and noise), oldest message first. */
public record HotTopic(String id, List<TopicMessage> messages) {

    public HotTopic {
        messages = List.copyOf(messages);
    }

    public static HotTopic startedBy(TopicMessage first) {
        return new HotTopic(first.id(), List.of(first));
    }

    /** With {@code message} added; marked a repeat when it nearly equals an earlier message. */
    public HotTopic with(TopicMessage message) {
        boolean repeat = messages.stream().anyMatch(m -> TextFingerprint.nearlyEqual(m.fingerprint(), message.fingerprint()));
        List<TopicMessage> all = new ArrayList<>(messages);
        all.add(repeat ? message.asRepeat() : message);
        all.sort(Comparator.comparing(TopicMessage::at));
        return new HotTopic(id, all);
    }

    /** Without the messages older than {@code oldest}; null when none is left. */
    public HotTopic since(Instant oldest) {
        List<TopicMessage> kept = messages.stream().filter(m -> !m.at().isBefore(oldest)).toList();
        return kept.isEmpty() ? null : kept.size() == messages.size() ? this : new HotTopic(id, kept);
    }

    /** The messages sent in [from, to]. */
    public List<TopicMessage> between(Instant from, Instant to) {
        return messages.stream().filter(m -> !m.at().isBefore(from) && !m.at().isAfter(to)).toList();
    }

    public Instant first() {
        return messages.get(0).at();
    }

    public Instant last() {
        return messages.get(messages.size() - 1).at();
    }

    public Set<String> estates() {
        return messages.stream().flatMap(m -> m.estates().stream()).collect(Collectors.toSet());
    }

    public Set<String> places() {
        return messages.stream().flatMap(m -> m.places().stream()).collect(Collectors.toSet());
    }

    /** The most frequent keywords of its messages, most frequent first. */
    public List<String> keywords(int n) {
        return mostFrequent(messages, TopicMessage::keywords, n);
    }

    /**
     * A short label, place and problem: the place most of {@code among} name (an estate before a
     * road or township, before a district; only if a third of them name it) and their two most
     * frequent keywords.
     */
    public static String label(List<TopicMessage> among) {
        String problem = String.join("、", mostFrequent(among, TopicMessage::keywords, 2));
        String place = mainPlace(among, TopicMessage::estates);
        if (place == null) {
            place = mainPlace(among, TopicMessage::places);
        }
        if (place == null) {
            place = mainPlace(among, TopicMessage::districts);
        }
        return place == null ? problem : problem.isEmpty() ? place : place + " " + problem;
    }

    /** The place a third of the messages or more name, if any: a place few name does not label the topic. */
    private static String mainPlace(List<TopicMessage> among, Function<TopicMessage, List<String>> places) {
        List<String> top = mostFrequent(among, places, 1);
        if (top.isEmpty()) {
            return null;
        }
        long naming = among.stream().filter(m -> places.apply(m).contains(top.get(0))).count();
        return naming * 3 >= among.size() ? top.get(0) : null;
    }

    public static List<String> mostFrequent(Collection<TopicMessage> messages,
            Function<TopicMessage, List<String>> words, int n) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TopicMessage m : messages) {
            for (String w : new HashSet<>(words.apply(m))) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n).map(Map.Entry::getKey).toList();
    }
}

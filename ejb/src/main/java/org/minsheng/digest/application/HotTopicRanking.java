package org.minsheng.digest.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minsheng.digest.api.DayCount;
import org.minsheng.digest.api.DigestWindow;
import org.minsheng.digest.api.HotTopicView;
import org.minsheng.digest.api.TopicMessageView;
import org.minsheng.digest.domain.HeatScore;
import org.minsheng.digest.domain.HotTopic;
import org.minsheng.digest.domain.TopicMessage;
import org.minsheng.shared.time.CityTime;

/**
 * Ranks topics over a window: only their messages in the window count, a topic needs messages
 * from at least {@value #MIN_RESIDENTS} residents, and the heat decays with a half-life of half
 * the window ({@link HeatScore}). Shared by the live digest and the replay of a messages file.
 */
public final class HotTopicRanking {

    public static final int MIN_RESIDENTS = 3;
    static final int KEYWORDS = 6;
    static final int REPRESENTATIVE = 3;

    private HotTopicRanking() {
    }

    public static List<HotTopicView> rank(Collection<HotTopic> topics, DigestWindow window, Instant now, int limit) {
        Instant from = window.length() == null ? Instant.MIN : now.minus(window.length());
        Duration halfLife = window.length() == null ? null : window.length().dividedBy(2);
        record Scored(HotTopic topic, List<TopicMessage> messages, double heat) {
        }
        List<Scored> scored = new ArrayList<>();
        for (HotTopic topic : topics) {
            List<TopicMessage> in = topic.between(from, now);
            if (in.stream().map(TopicMessage::residentOrId).distinct().count() >= MIN_RESIDENTS) {
                scored.add(new Scored(topic, in, HeatScore.of(in, now, halfLife)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::heat).reversed().thenComparing(s -> s.topic().id()));
        List<HotTopicView> views = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            views.add(view(s.topic(), s.messages(), s.heat(), views.size() + 1));
        }
        return views;
    }

    private static HotTopicView view(HotTopic topic, List<TopicMessage> in, double heat, int rank) {
        List<String> places = new ArrayList<>(HotTopic.mostFrequent(in, TopicMessage::estates, 3));
        HotTopic.mostFrequent(in, TopicMessage::places, 3).stream().filter(p -> !places.contains(p)).forEach(places::add);
        HotTopic.mostFrequent(in, TopicMessage::districts, 2).stream().filter(p -> !places.contains(p)).forEach(places::add);
        List<TopicMessageView> representative = in.stream().filter(m -> !m.repeat())
                .sorted(Comparator.comparingInt(TopicMessage::likes).reversed().thenComparing(TopicMessage::at))
                .limit(REPRESENTATIVE)
                .map(m -> new TopicMessageView(m.id(), m.title(), m.summary(), m.at(), m.likes())).toList();
        Map<String, Long> days = new TreeMap<>();
        in.forEach(m -> days.merge(m.at().atZone(CityTime.ZONE).toLocalDate().toString(), 1L, Long::sum));
        return new HotTopicView(topic.id(), rank, HotTopic.label(in), Math.round(heat * 10) / 10.0,
                (int) in.stream().filter(m -> !m.repeat()).count(),
                (int) in.stream().map(TopicMessage::residentOrId).distinct().count(),
                in.stream().mapToLong(TopicMessage::likes).sum(), in.stream().mapToLong(TopicMessage::dislikes).sum(),
                HotTopic.mostFrequent(in, TopicMessage::keywords, KEYWORDS), places,
                in.get(0).at(), in.get(in.size() - 1).at(), representative,
                days.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList());
    }
}

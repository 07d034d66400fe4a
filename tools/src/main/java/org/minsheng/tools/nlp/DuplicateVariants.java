package org.minsheng.tools.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minsheng.nlp.domain.Place;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.PlaceKind;

/**
 * Builds the test material of the duplicate evaluation from real messages: re-posts of the same
 * message (paraphrased or truncated) and the same text about other places.
 */
final class DuplicateVariants {

    /** Word swaps a resident re-posting the same complaint typically makes. */
    private static final List<Map.Entry<String, String>> SYNONYMS = List.of(
            Map.entry("希望", "恳请"), Map.entry("要求", "请求"), Map.entry("相关部门", "有关部门"),
            Map.entry("解决", "处理"), Map.entry("目前", "现在"), Map.entry("因为", "由于"), Map.entry("居民", "住户"),
            Map.entry("马上", "尽快"), Map.entry("非常", "特别"), Map.entry("影响", "干扰"), Map.entry("多次", "好几次"),
            Map.entry("一直", "始终"), Map.entry("每天", "天天"), Map.entry("附近", "周边"), Map.entry("市民", "群众"),
            Map.entry("孩子", "小孩"), Map.entry("但是", "可是"), Map.entry("仍然", "还是"), Map.entry("及时", "尽早"),
            Map.entry("整改", "整治"), Map.entry("到底", "究竟"), Map.entry("导致", "造成"), Map.entry("严重", "很严重"),
            Map.entry("请问", "想问一下"), Map.entry("我们", "大家"), Map.entry("情况", "现象"), Map.entry("反映", "投诉"));

    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;]+[。！？!?；;]*");

    private DuplicateVariants() {
    }

    static DuplicateEvaluation.Message paraphrase(DuplicateEvaluation.Message m, Random random) {
        String title = swapWords(m.title(), random, 0.8);
        List<String> sentences = sentences(swapWords(m.body(), random, 0.8));
        if (sentences.size() >= 4 && random.nextDouble() < 0.7) {
            sentences.remove(random.nextInt(sentences.size())); // a dropped clause
        }
        if (sentences.size() >= 3 && random.nextDouble() < 0.6) {
            Collections.shuffle(sentences, random);
        } else if (sentences.size() >= 2) {
            int i = random.nextInt(sentences.size() - 1);
            Collections.swap(sentences, i, i + 1);
        }
        StringBuilder body = new StringBuilder();
        if (random.nextDouble() < 0.3) {
            body.append("尊敬的领导：您好！");
        }
        sentences.forEach(body::append);
        if (random.nextDouble() < 0.3) {
            body.append("谢谢！");
        }
        return new DuplicateEvaluation.Message(m.id() + "#paraphrase", m.user(), title, body.toString());
    }

    static DuplicateEvaluation.Message truncate(DuplicateEvaluation.Message m, Random random) {
        double keep = 0.5 + 0.4 * random.nextDouble();
        String body = m.body().substring(0, (int) Math.ceil(m.body().length() * keep));
        return new DuplicateEvaluation.Message(m.id() + "#truncated", m.user(), m.title(), body);
    }

    /**
     * The same text about other places: every district, township, road and estate the extractor
     * finds is replaced by another of the same kind from {@code pool}; {@code null} when the text
     * names none.
     */
    static DuplicateEvaluation.Message swapPlaces(DuplicateEvaluation.Message m, PlaceExtractor extractor,
            Map<PlaceKind, List<String>> pool, Random random) {
        Map<String, PlaceKind> found = new LinkedHashMap<>();
        for (String text : List.of(m.title(), m.body())) {
            for (Place place : extractor.extract(text)) {
                if (place.kind().isSpecific()) {
                    found.putIfAbsent(place.name(), place.kind());
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        String title = m.title();
        String body = m.body();
        // Longest first, so "洞庭大道" is replaced before a shorter name inside it could be.
        List<String> names = new ArrayList<>(found.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            List<String> candidates = pool.getOrDefault(found.get(name), List.of());
            String other = name;
            for (int tries = 0; tries < 20 && (other.equals(name) || found.containsKey(other)) && !candidates.isEmpty();
                    tries++) {
                other = candidates.get(random.nextInt(candidates.size()));
            }
            if (other.equals(name) || found.containsKey(other)) {
                return null;
            }
            title = title.replace(name, other);
            body = body.replace(name, other);
        }
        return new DuplicateEvaluation.Message(m.id() + "#elsewhere", m.user(), title, body);
    }

    private static String swapWords(String text, Random random, double probability) {
        String out = text;
        for (Map.Entry<String, String> pair : SYNONYMS) {
            if (random.nextDouble() < probability) {
                if (out.contains(pair.getKey())) {
                    out = out.replace(pair.getKey(), pair.getValue());
                } else if (out.contains(pair.getValue())) {
                    out = out.replace(pair.getValue(), pair.getKey());
                }
            }
        }
        return out;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

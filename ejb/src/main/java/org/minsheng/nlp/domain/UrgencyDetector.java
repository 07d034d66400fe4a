package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Flags texts that report a present safety hazard. A phrase does not count when its clause
 * negates or prevents it ("没有发生火灾", "预防火灾") or its sentence says it was dealt with
 * ("燃气泄漏已修好"): those are cheap to recognise and are the usual false alarms. Stateless.
 */
public final class UrgencyDetector {

    /** Looked for in the same clause, shortly before the phrase. */
    private static final List<String> NEGATIONS = List.of(
            "没有", "未发生", "未出现", "未见", "不会", "不是", "并非", "不存在", "防止", "预防", "避免", "杜绝", "以防", "谨防", "排除", "防范");
    private static final int NEGATION_WINDOW = 6;

    /** Looked for anywhere in the same sentence. */
    private static final List<String> RESOLVED = List.of(
            "已修好", "已经修好", "修好了", "已修复", "已经修复", "修复了", "已处理", "已经处理", "处理好了", "已解决",
            "已经解决", "解决了", "已排除", "已经排除", "已扑灭", "已经扑灭", "扑灭了", "已恢复", "已经恢复", "已抢修",
            "已维修", "已经维修");

    private static final String CLAUSE_BREAKS = "，,、：:；;。！!？?\n";
    private static final String SENTENCE_BREAKS = "；;。！!？?\n";

    public UrgencyAssessment assess(String text) {
        if (text == null || text.isBlank()) {
            return UrgencyAssessment.of(List.of());
        }
        List<UrgencyReason> reasons = new ArrayList<>();
        boolean[] covered = new boolean[text.length()];
        List<Phrase> phrases = new ArrayList<>();
        for (UrgencyHazard hazard : UrgencyHazard.values()) {
            for (String phrase : hazard.phrases()) {
                phrases.add(new Phrase(hazard, phrase));
            }
        }
        // Longest phrases first so "煤气泄漏" is reported once, not also as "漏气".
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        for (Phrase phrase : phrases) {
            String p = phrase.text();
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                int end = at + p.length();
                if (covered[at] || covered[end - 1] || isNegated(text, at) || isResolved(text, at, end)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    covered[i] = true;
                }
                reasons.add(new UrgencyReason(phrase.hazard(), p, at, end));
            }
        }
        reasons.sort(Comparator.comparingInt(UrgencyReason::start));
        return UrgencyAssessment.of(reasons);
    }

    private static boolean isNegated(String text, int at) {
        int from = at;
        while (from > 0 && at - from < NEGATION_WINDOW && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String before = text.substring(from, at);
        return NEGATIONS.stream().anyMatch(before::contains);
    }

    private static boolean isResolved(String text, int at, int end) {
        int from = at;
        while (from > 0 && SENTENCE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && SENTENCE_BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String sentence = text.substring(from, to);
        return RESOLVED.stream().anyMatch(sentence::contains);
    }

    private record Phrase(UrgencyHazard hazard, String text) {
    }
}

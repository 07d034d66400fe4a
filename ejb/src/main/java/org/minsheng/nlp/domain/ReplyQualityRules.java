package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a reply against the message it answers (documented in docs/nlp.md): 100, minus each
 * issue's points ({@link ReplyIssue#penalty()}), never below 0. Pure and thread-safe.
 */
public final class ReplyQualityRules {

    /** Below this many characters of case-specific text, a reply is boilerplate. */
    static final int SPECIFIC_MIN_CHARS = 15;
    /** Fewer of the message's keywords than this share found in the reply: not taken up. */
    static final double KEYWORD_COVERAGE_MIN = 0.25;
    /** Shorter than this share of the median similar reply: far shorter. */
    static final double SHORT_RATIO = 0.4;
    /** Similar replies needed before lengths are compared. */
    static final int SIMILAR_MIN = 3;

    public ReplyAssessment assess(ReplyEvidence e) {
        List<ReplyFinding> findings = new ArrayList<>();
        String reply = e.reply();
        String specific = ReplyPatterns.withoutBoilerplate(reply);

        List<String> keywords = e.messageKeywords().stream().filter(k -> k.codePointCount(0, k.length()) >= 2).toList();
        List<String> coveredKeywords = keywords.stream().filter(reply::contains).toList();
        List<String> coveredPlaces = e.messagePlaces().stream().filter(p -> mentions(reply, p)).toList();
        boolean takesUpMessage = !coveredKeywords.isEmpty() || !coveredPlaces.isEmpty();

        if (specific.codePointCount(0, specific.length()) < SPECIFIC_MIN_CHARS
                || !takesUpMessage && !ReplyPatterns.FIGURE.matcher(specific).find()) {
            findings.add(new ReplyFinding(ReplyIssue.BOILERPLATE, "去掉套话后余下" + specific.length() + "字"));
        }
        if (!keywords.isEmpty() && coveredKeywords.size() < Math.ceil(keywords.size() * KEYWORD_COVERAGE_MIN)) {
            findings.add(new ReplyFinding(ReplyIssue.KEYWORDS_NOT_COVERED, missing(keywords, coveredKeywords)));
        }
        if (!e.messagePlaces().isEmpty() && coveredPlaces.isEmpty()) {
            findings.add(new ReplyFinding(ReplyIssue.PLACES_NOT_MENTIONED, String.join("、", e.messagePlaces())));
        }
        Set<QuestionType> unanswered = new LinkedHashSet<>();
        for (QuestionType type : QuestionType.askedIn(e.message())) {
            if (!type.answeredBy(specific)) {
                unanswered.add(type);
            }
        }
        if (!unanswered.isEmpty()) {
            findings.add(new ReplyFinding(ReplyIssue.QUESTION_NOT_ANSWERED,
                    unanswered.stream().map(QuestionType::labelZh).collect(Collectors.joining("、"))));
        }
        if (!ReplyPatterns.ACTION.matcher(specific).find()) {
            findings.add(new ReplyFinding(ReplyIssue.NO_ACTION, ""));
        }
        if (!ReplyPatterns.UNIT.matcher(reply).find()) {
            findings.add(new ReplyFinding(ReplyIssue.NO_RESPONSIBLE_UNIT, ""));
        }
        if (!ReplyPatterns.TIME.matcher(specific).find()) {
            findings.add(new ReplyFinding(ReplyIssue.NO_TIME, ""));
        }
        if (e.personalData()) {
            findings.add(new ReplyFinding(ReplyIssue.PERSONAL_DATA, ""));
        }
        if (!e.sensitiveWords().isEmpty()) {
            findings.add(new ReplyFinding(ReplyIssue.SENSITIVE_WORDS, String.join("、", e.sensitiveWords())));
        }
        shortness(reply, e.similarReplyLengths()).ifPresent(findings::add);

        int score = 100 - findings.stream().mapToInt(f -> f.issue().penalty()).sum();
        return new ReplyAssessment(Math.max(0, score), findings);
    }

    /** A place counts as mentioned by its full name or by its name without the kind suffix (路, 小区 …). */
    private static boolean mentions(String reply, String place) {
        if (reply.contains(place)) {
            return true;
        }
        String core = place.replaceAll("(小区|社区|街道|大道|路|街|区|县|市|镇|乡|村)$", "");
        return core.codePointCount(0, core.length()) >= 2 && reply.contains(core);
    }

    private static String missing(List<String> all, List<String> covered) {
        return all.stream().filter(k -> !covered.contains(k)).limit(5).collect(Collectors.joining("、"));
    }

    private static Optional<ReplyFinding> shortness(String reply, List<Integer> similar) {
        if (similar.size() < SIMILAR_MIN) {
            return java.util.Optional.empty();
        }
        List<Integer> sorted = similar.stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);
        int length = reply.codePointCount(0, reply.length());
        return length < median * SHORT_RATIO
                ? java.util.Optional.of(new ReplyFinding(ReplyIssue.MUCH_SHORTER, length + "字，同类答复中位数" + median + "字"))
                : java.util.Optional.empty();
    }
}

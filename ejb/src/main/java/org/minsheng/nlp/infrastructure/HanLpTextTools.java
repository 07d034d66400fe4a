package org.minsheng.nlp.infrastructure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.summary.TextRankSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minsheng.nlp.domain.KeywordExtractor;
import org.minsheng.nlp.domain.SummaryExtractor;

/**
 * Keywords and extractive summaries with HanLP's TextRank. Words that every message shares
 * (greetings, "问题", "希望") and pseudonym fragments ("A3") are filtered out, because a digest
 * of hot topics would otherwise be made of them.
 */
public final class HanLpTextTools implements KeywordExtractor, SummaryExtractor {

    private static final Set<String> GENERIC_WORDS = Set.of(
            "问题", "希望", "情况", "反映", "领导", "政府", "您好", "你好", "请问", "相关", "部门", "市民", "谢谢", "现在",
            "目前", "已经", "没有", "进行", "要求", "请求", "解决", "处理", "尊敬", "有关", "方面", "工作", "这个",
            "一个", "我们", "他们", "你们", "自己", "可以", "什么", "怎么", "为什么", "是否", "能否", "时候", "不能",
            "感谢", "回复", "网友", "留言", "咨询", "投诉", "建议");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,：:])");
    private static final Pattern SALUTATION = Pattern.compile("^(尊敬的|您好|你好|谢谢|感谢|此致|敬礼).{0,12}$");

    private final Segment segment;
    private final TextRankKeyword textRank;

    public HanLpTextTools() {
        segment = HanLP.newSegment();
        textRank = new TextRankKeyword(segment);
    }

    @Override
    public List<String> keywords(String text, int max) {
        if (text == null || text.isBlank() || max <= 0) {
            return List.of();
        }
        Map<String, Float> ranks = textRank.getTermAndRank(text);
        List<Map.Entry<String, Float>> ordered = new ArrayList<>(ranks.entrySet());
        ordered.sort(Map.Entry.<String, Float>comparingByValue().reversed());
        List<String> keywords = new ArrayList<>(max);
        for (Map.Entry<String, Float> entry : ordered) {
            String word = entry.getKey();
            if (isContentWord(word)) {
                keywords.add(word);
                if (keywords.size() == max) {
                    break;
                }
            }
        }
        return keywords;
    }

    private static boolean isContentWord(String word) {
        if (word.length() < 2 || GENERIC_WORDS.contains(word)) {
            return false;
        }
        // Pseudonym fragments and numbers carry no topic.
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    @Override
    public String summarise(String text, int maxChars) {
        if (text == null || text.isBlank() || maxChars <= 0) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            String sentence = s.strip();
            if (!sentence.isEmpty() && !SALUTATION.matcher(sentence).matches()) {
                sentences.add(sentence);
            }
        }
        if (sentences.isEmpty()) {
            return cut(text.strip(), maxChars);
        }
        int[] ranked = rank(sentences);
        // Take the best-ranked sentences that fit, then restore their order in the text.
        Map<Integer, String> chosen = new LinkedHashMap<>();
        int length = 0;
        for (int index : ranked) {
            String sentence = sentences.get(index);
            if (length + sentence.length() <= maxChars) {
                chosen.put(index, sentence);
                length += sentence.length();
            }
        }
        if (chosen.isEmpty()) {
            return leadingClauses(sentences.get(ranked[0]), maxChars);
        }
        StringBuilder sb = new StringBuilder(length);
        chosen.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(e.getValue()));
        return sb.toString();
    }

    private int[] rank(List<String> sentences) {
        if (sentences.size() == 1) {
            return new int[] {0};
        }
        List<List<String>> docs = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            List<String> words = new ArrayList<>();
            for (Term term : segment.seg(sentence)) {
                if (CoreStopWordDictionary.shouldInclude(term)) {
                    words.add(term.word);
                }
            }
            docs.add(words);
        }
        int[] top = new TextRankSentence(docs).getTopSentence(sentences.size());
        if (top.length == sentences.size()) {
            return top;
        }
        // TextRank leaves out sentences without content words; append them in text order.
        List<Integer> order = new ArrayList<>();
        for (int i : top) {
            order.add(i);
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The whole clauses of a long sentence that fit, or a hard cut when even the first does not. */
    private static String leadingClauses(String sentence, int maxChars) {
        StringBuilder sb = new StringBuilder();
        for (String clause : CLAUSE_END.split(sentence)) {
            if (sb.length() + clause.length() > maxChars - 1) {
                break;
            }
            sb.append(clause);
        }
        if (sb.length() == 0) {
            return cut(sentence, maxChars);
        }
        String head = sb.toString();
        char last = head.charAt(head.length() - 1);
        return ("，,：:".indexOf(last) >= 0 ? head.substring(0, head.length() - 1) : head) + "…";
    }

    private static String cut(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars - 1) + "…";
    }
}

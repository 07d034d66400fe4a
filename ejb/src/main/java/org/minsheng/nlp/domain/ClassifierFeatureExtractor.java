package org.minsheng.nlp.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a message into feature terms. Pre-segmented text (words separated by spaces, as in
 * exported corpora) is split on whitespace; raw text goes through the {@link Segmenter}. Character
 * n-grams are taken from the text with whitespace and punctuation removed, so both forms of the
 * same message share most features. Terms carry a view prefix: {@code w:} word, {@code b:} word
 * bigram, {@code h:} one of the first words, {@code c:} character n-gram. Thread-safe.
 */
public final class ClassifierFeatureExtractor {

    public static final String WORD = "w:";
    public static final String BIGRAM = "b:";
    public static final String HEAD = "h:";
    public static final String CHARS = "c:";

    /** Function words removed from raw text; pre-segmented corpora usually have them removed already. */
    private static final Set<String> STOP_WORDS = Set.of(
            "的", "了", "是", "在", "和", "与", "及", "或", "也", "都", "就", "而", "但", "但是", "被", "把", "对",
            "从", "向", "给", "让", "这", "那", "这个", "那个", "这些", "那些", "这样", "有", "很", "非常", "吗",
            "呢", "吧", "啊", "呀", "等", "着", "过", "我", "我们", "你", "你们", "他", "她", "他们", "它", "其",
            "之", "以", "于", "为", "因为", "所以", "如果", "还", "又", "再", "才", "已经", "一个", "什么", "怎么",
            "请问", "您好", "你好", "谢谢", "个", "些", "得", "地", "要", "会", "能", "可以", "没有", "不", "没");

    private final Segmenter segmenter;
    private final ClassifierFeatureOptions options;

    public ClassifierFeatureExtractor(Segmenter segmenter, ClassifierFeatureOptions options) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ClassifierFeatureOptions options() {
        return options;
    }

    public List<String> extract(String text) {
        String normalised = normalise(text);
        List<String> words = words(normalised);
        List<String> terms = new ArrayList<>(words.size() * 2 + normalised.length() * 3);
        for (String w : words) {
            terms.add(WORD + w);
        }
        if (options.wordBigrams()) {
            for (int i = 1; i < words.size(); i++) {
                terms.add(BIGRAM + words.get(i - 1) + '_' + words.get(i));
            }
        }
        for (int i = 0; i < Math.min(options.headWords(), words.size()); i++) {
            terms.add(HEAD + words.get(i));
        }
        if (options.charNgrams()) {
            String compact = compact(normalised);
            for (int n = options.charMin(); n <= options.charMax(); n++) {
                for (int i = 0; i + n <= compact.length(); i++) {
                    terms.add(CHARS + compact.substring(i, i + n));
                }
            }
        }
        return terms;
    }

    /** Words of the message, without punctuation and stop words. */
    public List<String> words(String normalisedText) {
        List<String> raw = new ArrayList<>();
        if (isPreSegmented(normalisedText)) {
            for (String part : normalisedText.split("\\s+")) {
                raw.add(part);
            }
        } else {
            for (Token token : segmenter.segment(normalisedText)) {
                if (!token.isPunctuation()) {
                    raw.add(token.word().strip());
                }
            }
        }
        List<String> words = new ArrayList<>(raw.size());
        for (String w : raw) {
            if (!w.isEmpty() && hasLetterOrDigit(w) && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Full-width to half-width (NFKC), lower case, whitespace runs collapsed. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return n.replaceAll("\\s+", " ").strip();
    }

    /**
     * Exported corpora put a space between every word; raw Chinese has few spaces. Average token
     * length of at most four letters over at least three tokens means the text is pre-segmented.
     */
    static boolean isPreSegmented(String text) {
        int tokens = 0;
        int letters = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inToken = false;
            } else {
                if (!inToken) {
                    tokens++;
                    inToken = true;
                }
                if (Character.isLetterOrDigit(c)) {
                    letters++;
                }
            }
        }
        return tokens >= 3 && letters <= 4 * tokens;
    }

    private static String compact(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

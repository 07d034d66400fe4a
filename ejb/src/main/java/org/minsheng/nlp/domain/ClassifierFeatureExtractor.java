package org.minsheng.nlp.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Segmenter segmenter;
    private final ClassifierFeatureOptions options;

    public ClassifierFeatureExtractor(Segmenter segmenter, ClassifierFeatureOptions options) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ClassifierFeatureOptions options() {
        return options;
    }

    /** Receives feature terms as {@code chars[0..length)}; the array is reused, valid only during the call. */
    @FunctionalInterface
    public interface TermSink {
        void accept(char[] chars, int length);
    }

    public List<String> extract(String text) {
        List<String> terms = new ArrayList<>(text.length() * 4);
        extract(text, (chars, length) -> terms.add(new String(chars, 0, length)));
        return terms;
    }

    /**
     * Streams the terms of {@code text} to {@code sink} without allocating a string per term, so
     * that classification can look terms up directly (the list form is for training).
     */
    public void extract(String text, TermSink sink) {
        String normalised = normalise(text);
        List<String> words = words(normalised);
        TermBuffer term = new TermBuffer(32);
        for (String w : words) {
            term.start(WORD).append(w).sendTo(sink);
        }
        if (options.wordBigrams()) {
            for (int i = 1; i < words.size(); i++) {
                term.start(BIGRAM).append(words.get(i - 1)).append('_').append(words.get(i)).sendTo(sink);
            }
        }
        for (int i = 0; i < Math.min(options.headWords(), words.size()); i++) {
            term.start(HEAD).append(words.get(i)).sendTo(sink);
        }
        if (options.charNgrams()) {
            char[] compact = compact(normalised);
            for (int n = options.charMin(); n <= options.charMax(); n++) {
                for (int i = 0; i + n <= compact.length; i++) {
                    term.start(CHARS).append(compact, i, n).sendTo(sink);
                }
            }
        }
    }

    /** Words of the message, without punctuation and stop words. */
    public List<String> words(String normalisedText) {
        List<String> raw = new ArrayList<>();
        if (isPreSegmented(normalisedText)) {
            for (String part : normalisedText.split(" ")) {
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
        return WHITESPACE.matcher(n).replaceAll(" ").strip();
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

    private static char[] compact(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out[n++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A growable, reusable character buffer for building one term at a time. */
    private static final class TermBuffer {

        private char[] chars;
        private int length;

        TermBuffer(int capacity) {
            chars = new char[capacity];
        }

        TermBuffer start(String prefix) {
            length = 0;
            return append(prefix);
        }

        TermBuffer append(String s) {
            ensure(s.length());
            s.getChars(0, s.length(), chars, length);
            length += s.length();
            return this;
        }

        TermBuffer append(char c) {
            ensure(1);
            chars[length++] = c;
            return this;
        }

        TermBuffer append(char[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, chars, length, count);
            length += count;
            return this;
        }

        void sendTo(TermSink sink) {
            sink.accept(chars, length);
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }
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

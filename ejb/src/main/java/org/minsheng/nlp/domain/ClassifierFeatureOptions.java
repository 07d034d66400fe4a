package org.minsheng.nlp.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a message becomes features: word unigrams (always), optionally word bigrams, the first
 * {@code headWords} words again as their own features (the title usually opens the message and
 * says most about its topic), and character
 * n-grams of lengths {@code charMin..charMax} over the text with spaces and punctuation removed
 * (so raw and pre-segmented text share them). Terms seen in fewer than {@code minDf} training
 * messages are dropped. Each view (words, characters) is L2-normalised on its own and scaled by its
 * weight, so neither view drowns the other.
 */
public record ClassifierFeatureOptions(
        boolean wordBigrams, int headWords, int charMin, int charMax, int minDf, double wordWeight, double charWeight) {

    /** Chosen by 5-fold cross-validation on real messages: bigrams and min-df 2 cost time without gain. */
    public static final ClassifierFeatureOptions DEFAULT = new ClassifierFeatureOptions(false, 20, 1, 3, 3, 1.0, 1.0);

    public ClassifierFeatureOptions {
        if (charMin < 0 || charMax < charMin || charMax > 6) {
            throw new IllegalArgumentException("character n-gram range must satisfy 0 <= min <= max <= 6");
        }
        if (headWords < 0) {
            throw new IllegalArgumentException("headWords must not be negative");
        }
        if (minDf < 1) {
            throw new IllegalArgumentException("minDf must be at least 1");
        }
        if (wordWeight < 0 || charWeight < 0 || wordWeight + charWeight == 0) {
            throw new IllegalArgumentException("view weights must be non-negative and not both zero");
        }
    }

    public boolean charNgrams() {
        return charMin > 0 && charWeight > 0;
    }

    public Map<String, String> toSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("features.word-bigrams", Boolean.toString(wordBigrams));
        s.put("features.head-words", Integer.toString(headWords));
        s.put("features.char-min", Integer.toString(charMin));
        s.put("features.char-max", Integer.toString(charMax));
        s.put("features.min-df", Integer.toString(minDf));
        s.put("features.word-weight", Double.toString(wordWeight));
        s.put("features.char-weight", Double.toString(charWeight));
        return s;
    }

    public static ClassifierFeatureOptions fromSettings(Map<String, String> s) {
        try {
            return new ClassifierFeatureOptions(
                    Boolean.parseBoolean(required(s, "features.word-bigrams")),
                    Integer.parseInt(required(s, "features.head-words")),
                    Integer.parseInt(required(s, "features.char-min")),
                    Integer.parseInt(required(s, "features.char-max")),
                    Integer.parseInt(required(s, "features.min-df")),
                    Double.parseDouble(required(s, "features.word-weight")),
                    Double.parseDouble(required(s, "features.char-weight")));
        } catch (IllegalArgumentException e) {
            throw new ClassifierDataException("模型特征设置无效 / invalid feature settings in model: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> s, String key) {
        String v = s.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }
}

package org.minsheng.nlp.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text folded for sensitive-word matching, with a map back to the original offsets. Folding
 * applies NFKC (full-width letters and digits become half-width), lower-cases, and drops every
 * character that is not a letter or digit, so "傻 逼", "傻*逼" and "ＳＢ" match the plain entries.
 */
public final class ModerationText {

    private final String original;
    private final String folded;
    private final int[] origin; // folded index -> index of the original char it came from

    private ModerationText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public static ModerationText of(String text) {
        String source = text == null ? "" : text;
        StringBuilder sb = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 8];
        int i = 0;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            int width = Character.charCount(cp);
            String piece = Normalizer.normalize(source.substring(i, i + width), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            for (int j = 0; j < piece.length(); ) {
                int pcp = piece.codePointAt(j);
                int pw = Character.charCount(pcp);
                if (Character.isLetterOrDigit(pcp)) {
                    if (sb.length() + pw > origin.length) {
                        origin = Arrays.copyOf(origin, origin.length * 2 + pw);
                    }
                    for (int k = 0; k < pw; k++) {
                        origin[sb.length() + k] = i;
                    }
                    sb.appendCodePoint(pcp);
                }
                j += pw;
            }
            i += width;
        }
        return new ModerationText(source, sb.toString(), Arrays.copyOf(origin, sb.length()));
    }

    /** Folds a lexicon entry the same way as the texts it is matched against. */
    public static String fold(String word) {
        return of(word).folded();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Original offset of the folded char at {@code foldedIndex}. */
    public int originalStart(int foldedIndex) {
        return origin[foldedIndex];
    }

    /** Original end offset (exclusive) of a folded span ending (exclusive) at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        int last = origin[foldedEnd - 1];
        return last + Character.charCount(original.codePointAt(last));
    }
}

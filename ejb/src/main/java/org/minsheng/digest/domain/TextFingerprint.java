package org.minsheng.digest.domain;

/**
 * A 64-bit SimHash of a text's character trigrams (white space and punctuation removed): near
 * identical texts differ in few bits, so a resident who sends the same complaint again, or a
 * copied text, is recognised whatever was changed around the edges.
 */
public final class TextFingerprint {

    /** At most this many differing bits: the same text, lightly edited. */
    public static final int NEAR_DUPLICATE_BITS = 6;

    private TextFingerprint() {
    }

    public static long of(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s　]", "");
        int[] votes = new int[64];
        for (int i = 0; i + 3 <= clean.length(); i++) {
            long h = mix(clean.substring(i, i + 3).hashCode());
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static boolean nearlyEqual(long a, long b) {
        return Long.bitCount(a ^ b) <= NEAR_DUPLICATE_BITS;
    }

    /** SplitMix64's finaliser: spreads a 32-bit hash over 64 well-mixed bits. */
    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.minsheng.nlp.domain;

/**
 * Similarity of two fingerprints in [0, 1]: the mean of the Jaccard similarity (good for
 * paraphrases of equal length) and the containment of the smaller text in the larger (good for a
 * shortened re-post), the latter damped for short texts. Two texts that name different places at
 * the same level (see {@link DuplicateFingerprint#namesOtherPlacesThan}) are about different spots, which is the commonest near-duplicate that is not one
 * ("the same complaint about another estate"), so their score is cut by the place penalty.
 */
public final class DuplicateScorer {

    /** Share of the single-word similarity; the rest is the similarity over words and word pairs. */
    static final double WORD_WEIGHT = 0.5;

    private final DuplicateSettings settings;

    public DuplicateScorer(DuplicateSettings settings) {
        this.settings = settings;
    }

    public double score(DuplicateFingerprint a, DuplicateFingerprint b) {
        double pairs = similarity(a.shingles().length, b.shingles().length, a.overlap(b));
        double words = similarity(a.words().length, b.words().length, a.wordOverlap(b));
        double score = WORD_WEIGHT * words + (1 - WORD_WEIGHT) * pairs;
        if (a.namesOtherPlacesThan(b)) {
            score *= settings.placePenalty();
        }
        return score;
    }

    private double similarity(int sizeA, int sizeB, int shared) {
        if (sizeA == 0 || sizeB == 0) {
            return 0;
        }
        double jaccard = (double) shared / (sizeA + sizeB - shared);
        int smaller = Math.min(sizeA, sizeB);
        double containment = (double) shared / smaller;
        double reliability = Math.min(1.0, (double) smaller / settings.minReliable());
        return 0.5 * jaccard + 0.5 * Math.max(jaccard, containment * reliability);
    }
}

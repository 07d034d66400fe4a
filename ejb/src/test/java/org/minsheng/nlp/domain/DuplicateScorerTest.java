package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {

    private final DuplicateScorer scorer = new DuplicateScorer(DuplicateSettings.defaults());

    @Test
    void identicalTextsScoreOne() {
        DuplicateFingerprint a = fingerprint(range(0, 50), Map.of());
        assertThat(scorer.score(a, a)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void containedTextScoresHigherThanItsJaccard() {
        DuplicateFingerprint full = fingerprint(range(0, 100), Map.of());
        DuplicateFingerprint half = fingerprint(range(0, 50), Map.of());
        assertThat(scorer.score(full, half)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void shortContainedTextsCountLess() {
        DuplicateFingerprint full = fingerprint(range(0, 100), Map.of());
        DuplicateFingerprint tiny = fingerprint(range(0, 4), Map.of());
        assertThat(scorer.score(full, tiny)).isLessThan(0.1);
    }

    @Test
    void differentPlacesAtTheSameLevelAreDamped() {
        DuplicateFingerprint a = fingerprint(range(0, 60), Map.of(PlaceKind.ESTATE, Set.of("金霞小区")));
        DuplicateFingerprint b = fingerprint(range(0, 60), Map.of(PlaceKind.ESTATE, Set.of("紫菱花园")));
        DuplicateFingerprint unnamed = fingerprint(range(0, 60), Map.of());
        DuplicateFingerprint district = fingerprint(range(0, 60), Map.of(PlaceKind.DISTRICT, Set.of("武陵区")));
        assertThat(scorer.score(a, b)).isCloseTo(0.5, within(1e-9));
        assertThat(scorer.score(a, unnamed)).isCloseTo(1.0, within(1e-9));
        assertThat(scorer.score(a, district)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void emptyTextMatchesNothing() {
        assertThat(scorer.score(fingerprint(new int[0], Map.of()), fingerprint(range(0, 10), Map.of()))).isZero();
    }

    private static DuplicateFingerprint fingerprint(int[] shingles, Map<PlaceKind, Set<String>> places) {
        return new DuplicateFingerprint(shingles, shingles, new MinHasher(8, 1).signature(shingles), places);
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}

package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    @Test
    void agreementEstimatesJaccardSimilarity() {
        MinHasher hasher = new MinHasher(512, 7);
        int[] a = IntStream.range(0, 300).toArray();
        int[] b = IntStream.range(100, 400).toArray(); // Jaccard 200 / 400 = 0.5
        int[] sa = hasher.signature(a);
        int[] sb = hasher.signature(b);
        long agree = IntStream.range(0, sa.length).filter(i -> sa[i] == sb[i]).count();
        assertThat((double) agree / sa.length).isCloseTo(0.5, within(0.08));
    }

    @Test
    void sameSeedGivesSameSignatures() {
        int[] set = {3, 1, 4, 1, 5, 9, 2, 6};
        assertThat(new MinHasher(16, 42).signature(set)).isEqualTo(new MinHasher(16, 42).signature(set));
    }
}

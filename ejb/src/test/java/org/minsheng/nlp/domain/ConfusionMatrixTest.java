package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    /**
     * Ten examples, hand-checked:
     * <pre>
     *              predicted A  B  C
     *   actual A             3  1  0    precision A = 3/4, recall A = 3/4, F1 = 0.75
     *   actual B             1  2  1    precision B = 2/3, recall B = 2/4, F1 = 4/7
     *   actual C             0  0  2    precision C = 2/3, recall C = 2/2, F1 = 0.8
     * </pre>
     * macro-F1 = (0.75 + 4/7 + 0.8) / 3, accuracy = 7/10.
     */
    @Test
    void perClassAndMacroMetrics() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("A", "B", "C"));
        record("A", "A", m, 3);
        record("A", "B", m, 1);
        record("B", "A", m, 1);
        record("B", "B", m, 2);
        record("B", "C", m, 1);
        record("C", "C", m, 2);

        assertThat(m.metrics("A").precision()).isCloseTo(0.75, within(1e-12));
        assertThat(m.metrics("A").recall()).isCloseTo(0.75, within(1e-12));
        assertThat(m.metrics("B").precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.metrics("B").recall()).isCloseTo(0.5, within(1e-12));
        assertThat(m.metrics("B").f1()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(m.metrics("C").f1()).isCloseTo(0.8, within(1e-12));
        assertThat(m.metrics("B").support()).isEqualTo(4);
        assertThat(m.macroF1()).isCloseTo((0.75 + 4.0 / 7 + 0.8) / 3, within(1e-12));
        assertThat(m.accuracy()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void aClassNeverPredictedScoresZero() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("A", "B"));
        record("A", "A", m, 5);
        record("B", "A", m, 1);

        assertThat(m.metrics("B").f1()).isZero();
        assertThat(m.metrics("B").precision()).isZero();
        assertThat(m.macroF1()).isCloseTo((2 * (5.0 / 6) / (5.0 / 6 + 1)) / 2, within(1e-12));
    }

    @Test
    void poolingAddsCounts() {
        ConfusionMatrix a = new ConfusionMatrix(List.of("A", "B"));
        ConfusionMatrix b = new ConfusionMatrix(List.of("A", "B"));
        a.record("A", "B");
        b.record("A", "B");
        b.record("B", "B");

        a.addAll(b);

        assertThat(a.count("A", "B")).isEqualTo(2);
        assertThat(a.total()).isEqualTo(3);
    }

    private static void record(String actual, String predicted, ConfusionMatrix m, int times) {
        for (int i = 0; i < times; i++) {
            m.record(actual, predicted);
        }
    }
}

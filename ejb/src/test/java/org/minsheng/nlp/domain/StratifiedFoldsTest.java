package org.minsheng.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

    @Test
    void everyFoldGetsItsShareOfEachClassAndTheSeedFixesTheSplit() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            labels.add("big");
        }
        for (int i = 0; i < 10; i++) {
            labels.add("small");
        }

        int[] folds = StratifiedFolds.assign(labels, 5, 7);

        for (int f = 0; f < 5; f++) {
            int big = 0;
            int small = 0;
            for (int i = 0; i < labels.size(); i++) {
                if (folds[i] == f) {
                    if (labels.get(i).equals("big")) {
                        big++;
                    } else {
                        small++;
                    }
                }
            }
            assertThat(big).isEqualTo(10);
            assertThat(small).isEqualTo(2);
        }
        assertThat(StratifiedFolds.assign(labels, 5, 7)).isEqualTo(folds);
        assertThat(StratifiedFolds.assign(labels, 5, 8)).isNotEqualTo(folds);
    }

    @Test
    void rejectsTooFewFolds() {
        assertThatThrownBy(() -> StratifiedFolds.assign(List.of("a", "b"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

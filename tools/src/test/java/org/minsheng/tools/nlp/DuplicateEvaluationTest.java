package org.minsheng.tools.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.DuplicateSettings;

/** Duplicate suggestions on the shared public messages; skipped when the data folder is absent. */
class DuplicateEvaluationTest {

    @Test
    void precisionOnSharedMessagesIsAtLeast95Percent() throws Exception {
        Path data = DuplicateEvaluation.defaultDataDir();
        assumeTrue(DuplicateEvaluation.hasData(data), "shared data not found: " + data);

        DuplicateEvaluation.Report report = DuplicateEvaluation.run(data,
                new DuplicateEvaluation.Options(7L, 250, 1000, DuplicateSettings.defaults()));

        DuplicateEvaluation.Metrics adjusted = report.adjustedMetrics();
        assertThat(adjusted.positives()).isGreaterThan(500);
        assertThat(adjusted.precision()).as("precision, data repeats ignored").isGreaterThanOrEqualTo(0.95);
        assertThat(adjusted.recall()).as("recall").isGreaterThanOrEqualTo(0.9);
        // Same text about another place must almost never be suggested.
        assertThat(report.metrics(report.threshold(), "other-place", false).falsePositives()).isLessThanOrEqualTo(10);
    }
}

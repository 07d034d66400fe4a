package org.minsheng.nlp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.infrastructure.ClassifierCorpusReader;
import org.minsheng.nlp.infrastructure.ClassifierTestData;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;
import org.minsheng.nlp.infrastructure.LiblinearClassifierTrainer;

/** Cross-validates the default settings on the real messages when they are present next to the repository. */
class SharedDataCrossValidationTest {

    @Test
    void defaultSettingsReachMacroF1OfAtLeast090() {
        Optional<Path> dir = ClassifierTestData.sharedDataDirectory();
        assumeTrue(dir.isPresent(), "shared data not present; skipping");
        List<LabelledText> data = new ClassifierCorpusReader().read(dir.get().resolve("classify-train.tsv"));
        ClassifierTrainingService service = new ClassifierTrainingService(HanLpSegmenter.instance(),
                new LiblinearClassifierTrainer(), Clock.systemUTC());

        ClassifierTrainingService.CrossValidationResult result = service.crossValidate(data, 5, 42,
                ClassifierFeatureOptions.DEFAULT, LinearTrainingOptions.DEFAULT);

        System.out.printf(java.util.Locale.ROOT, "shared data 5-fold macro-F1 %.4f%n", result.meanMacroF1());
        assertThat(result.folds()).hasSize(5);
        assertThat(result.meanMacroF1()).isGreaterThanOrEqualTo(0.90);
    }
}

package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.infrastructure.ClassificationModelStore;
import org.minsheng.nlp.infrastructure.ClassifierCorpusReader;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;

/** {@code nlp train --data FILE --out MODEL}: trains on all of the file and saves the model. */
final class TrainCommand {

    private final PrintStream out;

    TrainCommand(PrintStream out) {
        this.out = out;
    }

    int run(NlpOptions options) {
        TrainingSetup.allow(options, Set.of("data", "out"));
        Path dataFile = options.path("data");
        Path outFile = options.path("out");
        ClassifierFeatureOptions features = TrainingSetup.features(options);
        LinearTrainingOptions training = TrainingSetup.training(options);
        List<LabelledText> data = new ClassifierCorpusReader().read(dataFile);
        long start = System.nanoTime();
        ClassificationModel model = TrainingSetup.service().train(data, features, training);
        long nanos = System.nanoTime() - start;
        new ClassificationModelStore(HanLpSegmenter.wordsOnly()).save(model, outFile);
        out.printf(Locale.ROOT, "已保存 / saved %s: %d messages, %d labels, %d features, %.2f s%n", outFile,
                data.size(), model.labels().size(), model.vectorizer().dimension(), nanos / 1e9);
        return NlpCommand.OK;
    }
}

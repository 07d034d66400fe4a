package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minsheng.nlp.application.ClassifierTrainingService.EvaluationResult;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.infrastructure.ClassifierCorpusReader;

/** {@code nlp evaluate --train FILE --test FILE}: trains on one file, measures on the other. */
final class EvaluateCommand {

    private final PrintStream out;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    int run(NlpOptions options) {
        TrainingSetup.allow(options, Set.of("train", "test"));
        Path trainFile = options.path("train");
        Path testFile = options.path("test");
        ClassifierFeatureOptions features = TrainingSetup.features(options);
        LinearTrainingOptions training = TrainingSetup.training(options);
        ClassifierCorpusReader reader = new ClassifierCorpusReader();
        List<LabelledText> train = reader.read(trainFile);
        List<LabelledText> test = reader.read(testFile);
        EvaluationResult result = TrainingSetup.service().evaluate(train, test, features, training);
        out.printf(Locale.ROOT, "训练集 / training set: %d messages; 测试集 / test set: %d messages%n", train.size(),
                test.size());
        ClassifierReports.printClasses(out, result.confusion());
        out.printf(Locale.ROOT, "accuracy: %.4f%n", result.confusion().accuracy());
        out.printf(Locale.ROOT, "training time: %.2f s%n", result.trainingNanos() / 1e9);
        out.printf(Locale.ROOT, "throughput: %.0f messages/s (one thread, extraction and scoring)%n",
                result.throughput());
        out.printf(Locale.ROOT, "macro-F1: %.4f%n", result.confusion().macroF1());
        return NlpCommand.OK;
    }
}

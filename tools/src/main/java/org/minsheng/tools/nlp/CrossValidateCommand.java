package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minsheng.nlp.application.ClassifierTrainingService.CrossValidationResult;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.ConfusionMatrix;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.infrastructure.ClassifierCorpusReader;

/** {@code nlp cross-validate --data FILE [--folds 5] [--seed 42]}: stratified k-fold cross-validation. */
final class CrossValidateCommand {

    private final PrintStream out;

    CrossValidateCommand(PrintStream out) {
        this.out = out;
    }

    int run(NlpOptions options) {
        TrainingSetup.allow(options, Set.of("data", "folds", "seed"));
        Path dataFile = options.path("data");
        int folds = options.integer("folds", 5);
        if (folds < 2) {
            throw new UsageException("--folds 至少为 2 / --folds must be at least 2");
        }
        long seed = options.integer("seed", 42);
        ClassifierFeatureOptions features = TrainingSetup.features(options);
        LinearTrainingOptions training = TrainingSetup.training(options);
        List<LabelledText> data = new ClassifierCorpusReader().read(dataFile);
        if (data.size() < folds) {
            throw new UsageException("数据少于折数 / fewer messages than folds");
        }
        CrossValidationResult result = TrainingSetup.service().crossValidate(data, folds, seed, features, training);
        out.printf(Locale.ROOT, "数据 / data: %d messages, %d folds, seed %d%n", data.size(), folds, seed);
        out.printf(Locale.ROOT, "设置 / settings: %s %s%n", features, training);
        for (int f = 0; f < result.folds().size(); f++) {
            ConfusionMatrix m = result.folds().get(f);
            out.printf(Locale.ROOT, "fold %d: macro-F1 %.4f, accuracy %.4f%n", f + 1, m.macroF1(), m.accuracy());
        }
        out.println("pooled over folds:");
        ClassifierReports.printClasses(out, result.pooled());
        ClassifierReports.printConfusion(out, result.pooled());
        out.printf(Locale.ROOT, "accuracy: %.4f%n", result.pooled().accuracy());
        out.printf(Locale.ROOT, "time: %.1f s%n", result.nanos() / 1e9);
        out.printf(Locale.ROOT, "macro-F1: %.4f%n", result.meanMacroF1());
        return NlpCommand.OK;
    }
}

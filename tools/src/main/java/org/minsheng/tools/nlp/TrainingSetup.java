package org.minsheng.tools.nlp;

import java.time.Clock;
import java.util.Set;
import org.minsheng.nlp.application.ClassifierTrainingService;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;
import org.minsheng.nlp.infrastructure.LiblinearClassifierTrainer;

/**
 * What the training subcommands ({@code evaluate}, {@code cross-validate}, {@code train}) share:
 * the tuning options, read into feature and training options, and the training service.
 */
final class TrainingSetup {

    private static final Set<String> TUNING = Set.of("algorithm", "c", "balanced", "word-bigrams", "head-words",
            "char-ngrams", "min-df", "word-weight", "char-weight");

    private TrainingSetup() {
    }

    /** Allows the subcommand's {@code own} options and the tuning options, and no positional arguments. */
    static void allow(NlpOptions options, Set<String> own) {
        for (String key : options.names()) {
            if (!own.contains(key) && !TUNING.contains(key)) {
                throw new UsageException("未知选项: --" + key + " / unknown option: --" + key);
            }
        }
        if (!options.positional().isEmpty()) {
            String first = options.positional().get(0);
            throw new UsageException("多余的参数: " + first + " / unexpected argument: " + first);
        }
    }

    static ClassifierFeatureOptions features(NlpOptions options) {
        ClassifierFeatureOptions d = ClassifierFeatureOptions.DEFAULT;
        int charMin = d.charMin();
        int charMax = d.charMax();
        String range = options.get("char-ngrams");
        if (range != null) {
            String[] parts = range.strip().split("-");
            try {
                charMin = Integer.parseInt(parts[0]);
                charMax = Integer.parseInt(parts.length > 1 ? parts[1] : parts[0]);
            } catch (NumberFormatException e) {
                throw new UsageException("--char-ngrams 应为 MIN-MAX / --char-ngrams must be MIN-MAX");
            }
        }
        try {
            return new ClassifierFeatureOptions(options.bool("word-bigrams", d.wordBigrams()),
                    options.integer("head-words", d.headWords()), charMin, charMax,
                    options.integer("min-df", d.minDf()), options.number("word-weight", d.wordWeight()),
                    options.number("char-weight", d.charWeight()));
        } catch (IllegalArgumentException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException("特征选项无效 / invalid feature options: " + e.getMessage());
        }
    }

    static LinearTrainingOptions training(NlpOptions options) {
        LinearTrainingOptions d = LinearTrainingOptions.DEFAULT;
        try {
            LinearTrainingOptions.Algorithm algorithm = options.has("algorithm")
                    ? LinearTrainingOptions.parseAlgorithm(options.get("algorithm").strip()) : d.algorithm();
            return new LinearTrainingOptions(algorithm, options.number("c", d.c()),
                    options.bool("balanced", d.balanced()));
        } catch (IllegalArgumentException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException("训练选项无效 / invalid training options: " + e.getMessage());
        }
    }

    static ClassifierTrainingService service() {
        return new ClassifierTrainingService(HanLpSegmenter.wordsOnly(), new LiblinearClassifierTrainer(),
                Clock.systemUTC());
    }
}

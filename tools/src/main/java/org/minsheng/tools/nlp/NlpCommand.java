package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minsheng.nlp.application.ClassifierTrainingService;
import org.minsheng.nlp.application.ClassifierTrainingService.CrossValidationResult;
import org.minsheng.nlp.application.ClassifierTrainingService.EvaluationResult;
import org.minsheng.nlp.application.TextClassifierService;
import org.minsheng.nlp.api.Classification;
import org.minsheng.nlp.api.Suggestion;
import org.minsheng.nlp.domain.ClassMetrics;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.ConfusionMatrix;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.infrastructure.ClassificationModelStore;
import org.minsheng.nlp.infrastructure.ClassifierCorpusReader;
import org.minsheng.nlp.infrastructure.ClassifierResources;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;
import org.minsheng.nlp.infrastructure.LiblinearClassifierTrainer;

/**
 * Command line for the text classifier: {@code evaluate}, {@code cross-validate}, {@code train}
 * and {@code classify}. Exit codes: 0 success, 2 bad arguments or data, 1 unexpected failure.
 */
public final class NlpCommand {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private static final String USAGE = """
            用法 / usage: nlp <command> [options]

              evaluate --train TRAIN.tsv --test TEST.tsv
                  训练并在测试集上评估 / train on one file, evaluate on the other
              cross-validate --data FILE [--folds 5] [--seed 42]
                  分层 k 折交叉验证 / stratified k-fold cross-validation
              train --data FILE --out MODEL
                  训练并保存模型 / train and save a model
              classify [--model MODEL] [--top 3] TEXT...
                  用模型(默认为内置模型)分类 / classify with a model (default: the shipped one)

            数据文件 / data files: UTF-8 TSV with a header row naming columns 'label' and 'text'.

            调参选项 / tuning options (evaluate, cross-validate, train):
              --algorithm nbsvm|svm|lr|ensemble
                                            default nbsvm (linear SVM over naive-Bayes-scaled features);
                                            svm plain linear SVM; ensemble averages it with logistic regression
              --c C                         inverse regularisation, default 0.5
              --balanced true|false         class weights n/(k*n_c), default true
              --word-bigrams true|false     default false
              --head-words N                first N words (the title) as extra features, default 20
              --char-ngrams MIN-MAX         character n-grams, default 1-3 (0-0 disables)
              --min-df N                    minimum document frequency, default 3
              --word-weight W, --char-weight W   view weights, default 1 and 1
            """;

    private static final Set<String> TUNING = Set.of("algorithm", "c", "balanced", "word-bigrams", "head-words",
            "char-ngrams", "min-df", "word-weight", "char-weight");

    private final PrintStream out;
    private final PrintStream err;

    public NlpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new NlpCommand(out, err).run(args));
    }

    public int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        try {
            String command = args[0];
            Map<String, String> options = new HashMap<>();
            List<String> positional = new java.util.ArrayList<>();
            parse(args, options, positional);
            if (options.containsKey("help")) {
                out.print(USAGE);
                return OK;
            }
            return switch (command) {
                case "evaluate" -> evaluate(options, positional);
                case "cross-validate" -> crossValidate(options, positional);
                case "train" -> train(options, positional);
                case "classify" -> classify(options, positional);
                default -> throw new UsageException("未知命令: " + command + " / unknown command: " + command);
            };
        } catch (UsageException | ClassifierDataException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("内部错误 / internal error: " + e);
            return FAILURE;
        }
    }

    private int evaluate(Map<String, String> options, List<String> positional) {
        allow(options, positional, Set.of("train", "test"));
        Path trainFile = path(options, "train");
        Path testFile = path(options, "test");
        ClassifierFeatureOptions features = features(options);
        LinearTrainingOptions training = training(options);
        ClassifierCorpusReader reader = new ClassifierCorpusReader();
        List<LabelledText> train = reader.read(trainFile);
        List<LabelledText> test = reader.read(testFile);
        EvaluationResult result = trainingService().evaluate(train, test, features, training);
        out.printf(Locale.ROOT, "训练集 / training set: %d messages; 测试集 / test set: %d messages%n", train.size(),
                test.size());
        printClasses(result.confusion());
        out.printf(Locale.ROOT, "accuracy: %.4f%n", result.confusion().accuracy());
        out.printf(Locale.ROOT, "training time: %.2f s%n", result.trainingNanos() / 1e9);
        out.printf(Locale.ROOT, "throughput: %.0f messages/s (one thread, extraction and scoring)%n",
                result.throughput());
        out.printf(Locale.ROOT, "macro-F1: %.4f%n", result.confusion().macroF1());
        return OK;
    }

    private int crossValidate(Map<String, String> options, List<String> positional) {
        allow(options, positional, Set.of("data", "folds", "seed"));
        Path dataFile = path(options, "data");
        int folds = integer(options, "folds", 5);
        if (folds < 2) {
            throw new UsageException("--folds 至少为 2 / --folds must be at least 2");
        }
        long seed = integer(options, "seed", 42);
        ClassifierFeatureOptions features = features(options);
        LinearTrainingOptions training = training(options);
        List<LabelledText> data = new ClassifierCorpusReader().read(dataFile);
        if (data.size() < folds) {
            throw new UsageException("数据少于折数 / fewer messages than folds");
        }
        CrossValidationResult result = trainingService().crossValidate(data, folds, seed, features, training);
        out.printf(Locale.ROOT, "数据 / data: %d messages, %d folds, seed %d%n", data.size(), folds, seed);
        out.printf(Locale.ROOT, "设置 / settings: %s %s%n", features, training);
        for (int f = 0; f < result.folds().size(); f++) {
            ConfusionMatrix m = result.folds().get(f);
            out.printf(Locale.ROOT, "fold %d: macro-F1 %.4f, accuracy %.4f%n", f + 1, m.macroF1(), m.accuracy());
        }
        out.println("pooled over folds:");
        printClasses(result.pooled());
        printConfusion(result.pooled());
        out.printf(Locale.ROOT, "accuracy: %.4f%n", result.pooled().accuracy());
        out.printf(Locale.ROOT, "time: %.1f s%n", result.nanos() / 1e9);
        out.printf(Locale.ROOT, "macro-F1: %.4f%n", result.meanMacroF1());
        return OK;
    }

    private int train(Map<String, String> options, List<String> positional) {
        allow(options, positional, Set.of("data", "out"));
        Path dataFile = path(options, "data");
        Path outFile = path(options, "out");
        ClassifierFeatureOptions features = features(options);
        LinearTrainingOptions training = training(options);
        List<LabelledText> data = new ClassifierCorpusReader().read(dataFile);
        long start = System.nanoTime();
        ClassificationModel model = trainingService().train(data, features, training);
        long nanos = System.nanoTime() - start;
        new ClassificationModelStore(HanLpSegmenter.wordsOnly()).save(model, outFile);
        out.printf(Locale.ROOT, "已保存 / saved %s: %d messages, %d labels, %d features, %.2f s%n", outFile,
                data.size(), model.labels().size(), model.vectorizer().dimension(), nanos / 1e9);
        return OK;
    }

    private int classify(Map<String, String> options, List<String> positional) {
        for (String key : options.keySet()) {
            if (!key.equals("model") && !key.equals("top")) {
                throw new UsageException("未知选项: --" + key + " / unknown option: --" + key);
            }
        }
        if (positional.isEmpty()) {
            throw new UsageException("请给出要分类的文本 / give the text to classify");
        }
        int top = integer(options, "top", 3);
        if (top < 1) {
            throw new UsageException("--top 至少为 1 / --top must be at least 1");
        }
        ClassificationModel model = options.containsKey("model")
                ? new ClassificationModelStore(HanLpSegmenter.wordsOnly()).load(path(options, "model"))
                : ClassifierResources.defaultModel();
        TextClassifierService service = new TextClassifierService(model, ClassifierResources.defaultMapping());
        Classification c = service.classify(String.join(" ", positional), top);
        out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", c.category(), c.department(), c.confidence());
        for (Suggestion s : c.top()) {
            out.printf(Locale.ROOT, "  %s\t%s\t%.3f%n", s.category(), s.department(), s.confidence());
        }
        return OK;
    }

    private void printClasses(ConfusionMatrix confusion) {
        out.println("class\tprecision\trecall\tF1\tsupport");
        for (ClassMetrics m : confusion.perClass()) {
            out.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%d%n", m.label(), m.precision(), m.recall(), m.f1(),
                    m.support());
        }
    }

    // Which classes are mistaken for which: the per-class figures alone do not say.
    private void printConfusion(ConfusionMatrix confusion) {
        List<String> labels = confusion.labels();
        out.println("confusion (rows actual, columns predicted in the same order):");
        for (String actual : labels) {
            StringBuilder line = new StringBuilder(actual);
            for (String predicted : labels) {
                line.append('\t').append(confusion.count(actual, predicted));
            }
            out.println(line);
        }
    }

    private static ClassifierTrainingService trainingService() {
        return new ClassifierTrainingService(HanLpSegmenter.wordsOnly(), new LiblinearClassifierTrainer(),
                Clock.systemUTC());
    }

    private static void parse(String[] args, Map<String, String> options, List<String> positional) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                options.put("help", "");
            } else if (a.startsWith("--")) {
                String key = a.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("选项 --" + key + " 缺少值 / option --" + key + " needs a value");
                }
                if (options.put(key, value) != null) {
                    throw new UsageException("选项重复: --" + key + " / option given twice: --" + key);
                }
            } else {
                positional.add(a);
            }
        }
    }

    private static void allow(Map<String, String> options, List<String> positional, Set<String> own) {
        for (String key : options.keySet()) {
            if (!own.contains(key) && !TUNING.contains(key)) {
                throw new UsageException("未知选项: --" + key + " / unknown option: --" + key);
            }
        }
        if (!positional.isEmpty()) {
            throw new UsageException("多余的参数: " + positional.get(0) + " / unexpected argument: " + positional.get(0));
        }
    }

    private static Path path(Map<String, String> options, String key) {
        String v = options.get(key);
        if (v == null || v.isBlank()) {
            throw new UsageException("缺少选项 --" + key + " / missing option --" + key);
        }
        return Path.of(v);
    }

    private static int integer(Map<String, String> options, String key, int fallback) {
        return parsed(options, key, fallback, Integer::parseInt, "整数", "an integer");
    }

    private static double number(Map<String, String> options, String key, double fallback) {
        return parsed(options, key, fallback, Double::parseDouble, "数字", "a number");
    }

    /** An optional numeric option: the fallback when absent, a usage error when malformed. */
    private static <T> T parsed(Map<String, String> options, String key, T fallback,
                                java.util.function.Function<String, T> parser, String kindZh, String kindEn) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return parser.apply(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " 应为" + kindZh + ": " + v + " / --" + key + " must be " + kindEn + ": " + v);
        }
    }

    private static boolean bool(Map<String, String> options, String key, boolean fallback) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new UsageException("--" + key + " 应为 true 或 false / --" + key + " must be true or false");
        };
    }

    static ClassifierFeatureOptions features(Map<String, String> options) {
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
            return new ClassifierFeatureOptions(bool(options, "word-bigrams", d.wordBigrams()),
                    integer(options, "head-words", d.headWords()), charMin, charMax,
                    integer(options, "min-df", d.minDf()), number(options, "word-weight", d.wordWeight()),
                    number(options, "char-weight", d.charWeight()));
        } catch (IllegalArgumentException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException("特征选项无效 / invalid feature options: " + e.getMessage());
        }
    }

    static LinearTrainingOptions training(Map<String, String> options) {
        LinearTrainingOptions d = LinearTrainingOptions.DEFAULT;
        try {
            LinearTrainingOptions.Algorithm algorithm = options.containsKey("algorithm")
                    ? LinearTrainingOptions.parseAlgorithm(options.get("algorithm").strip()) : d.algorithm();
            return new LinearTrainingOptions(algorithm, number(options, "c", d.c()),
                    bool(options, "balanced", d.balanced()));
        } catch (IllegalArgumentException e) {
            if (e instanceof UsageException u) {
                throw u;
            }
            throw new UsageException("训练选项无效 / invalid training options: " + e.getMessage());
        }
    }

    /** Bad command-line arguments. */
    static final class UsageException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}

package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.minsheng.nlp.domain.ClassifierDataException;

/**
 * Command line for the text classifier: {@code evaluate}, {@code cross-validate}, {@code train}
 * and {@code classify}. Exit codes: 0 success, 2 bad arguments or data, 1 unexpected failure.
 * This class reads the command and maps failures to exit codes; each subcommand is its own class,
 * the options are read by {@link NlpOptions} and {@link TrainingSetup}.
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
              reply-quality FILE
                  答复质量评分的分布与最差十条 / reply-quality score distribution and the ten worst
                  (TSV: id, user, title, time, body, reply, reply time)

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
            NlpOptions options = NlpOptions.parse(args);
            if (options.has("help")) {
                out.print(USAGE);
                return OK;
            }
            return switch (command) {
                case "evaluate" -> new EvaluateCommand(out).run(options);
                case "cross-validate" -> new CrossValidateCommand(out).run(options);
                case "train" -> new TrainCommand(out).run(options);
                case "classify" -> new ClassifyCommand(out).run(options);
                case "reply-quality" -> new ReplyQualityCommand(out).run(options);
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
}

package org.minsheng.tools.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.nlp.domain.DuplicateSettings;

/**
 * Measures duplicate (并单) suggestions on the public TipDM 2020 messages, read at run time.
 *
 * <p>Seventy percent of the distinct raw messages are indexed as open cases; the others are new
 * messages that repeat nothing. Queries: paraphrased re-posts (word swaps, reordered and dropped
 * sentences, greetings) and truncated re-posts of indexed messages, which must find their source;
 * the same indexed messages moved to other places, and the held-out messages, which must find
 * nothing (every district, township, road and estate the place extractor finds is replaced by
 * another of the same kind). A second index holds the distinct pre-segmented texts of classify-train.tsv, queried
 * with their exact repeats (positives) and with held-out texts (negatives). Precision counts every
 * suggestion that is not the source as false, so real re-posts in the data lower it.
 *
 * <p>This class holds the command line and the evaluation's records; {@link DuplicateQueryRun}
 * builds the indexes and queries, {@link TipDmFiles} reads the data, {@link DataRepeats} judges
 * repeats already in the data and {@link DuplicateReportPrinter} prints the report.
 *
 * <p>Usage: {@code DuplicateEvaluation [--data DIR] [--seed N] [--per-kind N] [--negatives N]
 * [--threshold T] [--show-errors N]}
 */
public final class DuplicateEvaluation {

    /** The lowest threshold of the sweep; suggestions are collected down to it. */
    static final double SWEEP_FLOOR = 0.25;

    record Message(String id, String user, String title, String body) {
    }

    /**
     * One query and what it should find ({@code expected == null}: nothing). {@code origin} is the
     * real message it was made from, or null when it stands for another place than any message.
     */
    record Query(String kind, Message message, String expected, Message origin) {
    }

    /**
     * A query's suggestions; {@code dataRepeats} are suggested cases that already repeat the
     * query's original in the data itself (see {@link DataRepeats#similarInData}).
     */
    record Result(Query query, List<DuplicateCandidate> found, Set<String> dataRepeats) {
    }

    public record Options(long seed, int perKind, int negatives, DuplicateSettings settings) {

        public static Options defaults() {
            return new Options(20200520L, 500, 2000, DuplicateSettings.defaults());
        }
    }

    public record Metrics(double threshold, int truePositives, int falsePositives, int positives) {

        public double precision() {
            int suggested = truePositives + falsePositives;
            return suggested == 0 ? 1.0 : (double) truePositives / suggested;
        }

        public double recall() {
            return positives == 0 ? 1.0 : (double) truePositives / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public record Report(List<Result> results, double threshold) {

        public Metrics metrics() {
            return metrics(threshold, null, false);
        }

        /** Metrics not counting suggestions of repeats that are in the data already. */
        public Metrics adjustedMetrics() {
            return metrics(threshold, null, true);
        }

        /**
         * Metrics at {@code t} over the queries of one kind, or all when {@code kind} is null;
         * {@code adjusted} leaves out suggestions of cases that repeat the query in the data.
         */
        public Metrics metrics(double t, String kind, boolean adjusted) {
            int tp = 0;
            int fp = 0;
            int positives = 0;
            for (Result r : results) {
                if (kind != null && !kind.equals(r.query().kind())) {
                    continue;
                }
                if (r.query().expected() != null) {
                    positives++;
                }
                for (DuplicateCandidate c : r.found()) {
                    if (c.score() >= t) {
                        if (c.caseId().equals(r.query().expected())) {
                            tp++;
                        } else if (!adjusted || !r.dataRepeats().contains(c.caseId())) {
                            fp++;
                        }
                    }
                }
            }
            return new Metrics(t, tp, fp, positives);
        }

        public Set<String> kinds() {
            Set<String> kinds = new TreeSet<>();
            results.forEach(r -> kinds.add(r.query().kind()));
            return kinds;
        }
    }

    private DuplicateEvaluation() {
    }

    /** Whether {@code dir} holds the files this evaluation reads. */
    public static boolean hasData(Path dir) {
        return dir != null && Files.isReadable(dir.resolve("messages-with-votes.tsv"))
                && Files.isReadable(dir.resolve("messages-with-replies.tsv"))
                && Files.isReadable(dir.resolve("classify-train.tsv"));
    }

    public static Report run(Path dataDir, Options options) throws IOException {
        return DuplicateQueryRun.run(dataDir, options);
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        Options options = Options.defaults();
        int showErrors = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> { data = Path.of(required(args[i], value)); i++; }
                case "--seed" -> { options = new Options(Long.parseLong(required(args[i], value)), options.perKind(),
                        options.negatives(), options.settings()); i++; }
                case "--per-kind" -> { options = new Options(options.seed(), Integer.parseInt(required(args[i], value)),
                        options.negatives(), options.settings()); i++; }
                case "--negatives" -> { options = new Options(options.seed(), options.perKind(),
                        Integer.parseInt(required(args[i], value)), options.settings()); i++; }
                case "--threshold" -> { options = new Options(options.seed(), options.perKind(), options.negatives(),
                        options.settings().withThreshold(Double.parseDouble(required(args[i], value)))); i++; }
                case "--show-errors" -> { showErrors = Integer.parseInt(required(args[i], value)); i++; }
                default -> {
                    System.err.println("用法 usage: DuplicateEvaluation [--data DIR] [--seed N] [--per-kind N]"
                            + " [--negatives N] [--threshold T] [--show-errors N]");
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            data = defaultDataDir();
        }
        if (!hasData(data)) {
            System.err.println("找不到数据 data not found: " + data
                    + " (messages-with-votes.tsv, messages-with-replies.tsv, classify-train.tsv)");
            System.exit(1);
        }
        long started = System.nanoTime();
        Report report = run(data, options);
        DuplicateReportPrinter.print(report, System.out, showErrors);
        System.out.printf(Locale.ROOT, "耗时 elapsed: %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The shared data folder as seen from the repository root or from a module directory. */
    public static Path defaultDataDir() {
        for (String candidate : List.of("../shared/data/teddycup2020", "../../shared/data/teddycup2020")) {
            Path p = Path.of(candidate);
            if (hasData(p)) {
                return p;
            }
        }
        return Path.of("../shared/data/teddycup2020");
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}

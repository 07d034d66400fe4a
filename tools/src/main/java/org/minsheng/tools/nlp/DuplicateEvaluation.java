package org.minsheng.tools.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.minsheng.nlp.application.DuplicateDetector;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.nlp.domain.DuplicateSettings;
import org.minsheng.nlp.domain.Place;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.PlaceGazetteer;
import org.minsheng.nlp.domain.PlaceKind;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;

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
 * <p>Usage: {@code DuplicateEvaluation [--data DIR] [--seed N] [--per-kind N] [--negatives N]
 * [--threshold T] [--show-errors N]}
 */
public final class DuplicateEvaluation {

    static final double SWEEP_FLOOR = 0.25;
    static final double DATA_REPEAT_JACCARD = 0.5;

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
     * query's original in the data itself (see {@link #similarInData}).
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
        Segmenter segmenter = HanLpSegmenter.instance();
        PlaceExtractor places = new PlaceExtractor(segmenter, PlaceGazetteer.changde());
        // Collect everything down to the sweep floor; the report applies the real threshold.
        DuplicateSettings collect = new DuplicateSettings(Math.min(SWEEP_FLOOR, options.settings().threshold()), 50,
                Integer.MAX_VALUE, options.settings().bands(), options.settings().rows(),
                options.settings().minReliable(), options.settings().placePenalty());
        Random random = new Random(options.seed());
        List<Result> results = new ArrayList<>();

        List<Message> raw = distinct(readRaw(dataDir));
        Collections.shuffle(raw, random);
        int split = raw.size() * 7 / 10;
        List<Message> open = raw.subList(0, split);
        List<Message> fresh = raw.subList(split, raw.size());
        DuplicateDetector rawIndex = new DuplicateDetector(segmenter, places, collect);
        open.forEach(m -> rawIndex.add(m.id(), m.title(), m.body()));

        Map<PlaceKind, List<String>> placePool = placePool(raw, places);
        List<Query> queries = new ArrayList<>();
        for (Message m : sample(open, options.perKind(), random)) {
            queries.add(new Query("paraphrase", DuplicateVariants.paraphrase(m, random), m.id(), m));
        }
        for (Message m : sample(open, options.perKind(), random)) {
            queries.add(new Query("truncated", DuplicateVariants.truncate(m, random), m.id(), m));
        }
        int elsewhere = 0;
        for (Message m : sample(open, open.size(), random)) {
            Message moved = DuplicateVariants.swapPlaces(m, places, placePool, random);
            if (moved != null) {
                queries.add(new Query("other-place", moved, null, null));
                if (++elsewhere == options.perKind()) {
                    break;
                }
            }
        }
        for (Message m : sample(fresh, options.negatives(), random)) {
            queries.add(new Query("unrelated", m, null, m));
        }
        Map<String, Message> openById = new HashMap<>();
        open.forEach(m -> openById.put(m.id(), m));
        for (Query q : queries) {
            results.add(result(q, rawIndex.find(q.message().title(), q.message().body()), openById));
        }

        // Exact repeats in the pre-segmented training file.
        Map<String, List<Integer>> rowsByText = new LinkedHashMap<>();
        List<String> texts = readColumn(dataDir.resolve("classify-train.tsv"), 1);
        for (int row = 0; row < texts.size(); row++) {
            rowsByText.computeIfAbsent(texts.get(row).strip(), k -> new ArrayList<>()).add(row);
        }
        List<String> distinctTexts = new ArrayList<>(rowsByText.keySet());
        List<String> singles = new ArrayList<>();
        for (String text : distinctTexts) {
            if (rowsByText.get(text).size() == 1) {
                singles.add(text);
            }
        }
        Set<String> heldOut = new HashSet<>(sample(singles, Math.min(options.negatives() / 2, singles.size() / 5), random));
        DuplicateDetector trainIndex = new DuplicateDetector(segmenter, places, collect);
        Map<String, Message> trainById = new HashMap<>();
        for (String text : distinctTexts) {
            if (!heldOut.contains(text)) {
                Message m = new Message("train:" + rowsByText.get(text).get(0), "", "", text);
                trainById.put(m.id(), m);
                trainIndex.add(m.id(), "", text);
            }
        }
        for (Map.Entry<String, List<Integer>> e : rowsByText.entrySet()) {
            List<Integer> rows = e.getValue();
            for (int i = 1; i < rows.size(); i++) {
                Message repeat = new Message("train:" + rows.get(i), "", "", e.getKey());
                Query q = new Query("exact-repeat", repeat, "train:" + rows.get(0), repeat);
                results.add(result(q, trainIndex.find("", e.getKey()), trainById));
            }
        }
        for (String text : heldOut) {
            Message m = new Message("train:held-out", "", "", text);
            results.add(result(new Query("unrelated-segmented", m, null, m), trainIndex.find("", text), trainById));
        }
        return new Report(List.copyOf(results), options.settings().threshold());
    }

    private static Result result(Query q, List<DuplicateCandidate> found, Map<String, Message> indexed) {
        Set<String> repeats = new HashSet<>();
        if (q.origin() != null) {
            for (DuplicateCandidate c : found) {
                if (!c.caseId().equals(q.expected()) && similarInData(q.origin(), indexed.get(c.caseId()))) {
                    repeats.add(c.caseId());
                }
            }
        }
        return new Result(q, found, repeats);
    }

    /**
     * Whether two messages of the data set already repeat each other, judged without the
     * detector: the same resident, or character-trigram Jaccard similarity of at least
     * {@value #DATA_REPEAT_JACCARD}. Suggesting such a case is not counted as a false suggestion in
     * the adjusted precision; the strict precision counts it anyway.
     */
    static boolean similarInData(Message a, Message b) {
        if (b == null) {
            return false;
        }
        if (!a.user().isEmpty() && a.user().equals(b.user())) {
            return true;
        }
        return charTrigramJaccard(a.title() + a.body(), b.title() + b.body()) >= DATA_REPEAT_JACCARD;
    }

    static double charTrigramJaccard(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : x) {
            if (y.contains(t)) {
                shared++;
            }
        }
        return (double) shared / (x.size() + y.size() - shared);
    }

    private static Set<String> trigrams(String s) {
        String t = s.replaceAll("\\s+", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= t.length(); i++) {
            out.add(t.substring(i, i + 3));
        }
        return out;
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
        print(report, System.out, showErrors);
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

    static void print(Report report, PrintStream out, int showErrors) {
        Metrics strict = report.metrics();
        Metrics adjusted = report.adjustedMetrics();
        out.println("重复留言检测评估 Duplicate detection evaluation");
        out.printf(Locale.ROOT, "阈值 threshold %.2f%n", report.threshold());
        out.printf(Locale.ROOT, "  strict   (every other suggestion is false):    precision %.4f  recall %.4f  F1 %.4f"
                + "  (TP %d, FP %d, positives %d)%n", strict.precision(), strict.recall(), strict.f1(),
                strict.truePositives(), strict.falsePositives(), strict.positives());
        out.printf(Locale.ROOT, "  adjusted (repeats already in the data ignored): precision %.4f  recall %.4f  F1 %.4f"
                + "  (TP %d, FP %d)%n", adjusted.precision(), adjusted.recall(), adjusted.f1(),
                adjusted.truePositives(), adjusted.falsePositives());
        out.println();
        out.println("按类型 by kind          queries  positives  found  false (strict)  false (adjusted)  recall");
        for (String kind : report.kinds()) {
            Metrics m = report.metrics(report.threshold(), kind, false);
            Metrics a = report.metrics(report.threshold(), kind, true);
            long queries = report.results().stream().filter(r -> r.query().kind().equals(kind)).count();
            out.printf(Locale.ROOT, "  %-20s %7d %10d %6d %15d %17d  %s%n", kind, queries, m.positives(),
                    m.truePositives(), m.falsePositives(), a.falsePositives(),
                    m.positives() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", m.recall()));
        }
        out.println();
        out.println("阈值扫描 threshold sweep   strict P  adjusted P  recall   F1 (strict)");
        for (int i = 0; i <= 10; i++) {
            double t = Math.round((SWEEP_FLOOR + 0.05 * i) * 100) / 100.0;
            Metrics m = report.metrics(t, null, false);
            Metrics a = report.metrics(t, null, true);
            out.printf(Locale.ROOT, "  %.2f%s                  %.4f    %.4f    %.4f  %.4f%n", t,
                    Math.abs(t - report.threshold()) < 1e-9 ? "*" : " ", m.precision(), a.precision(), m.recall(),
                    m.f1());
        }
        if (showErrors > 0) {
            printErrors(report, out, showErrors);
        }
    }

    private static void printErrors(Report report, PrintStream out, int limit) {
        out.println();
        out.println("误报 false suggestions (kind, score, query → suggested case, 'repeat' if already in data):");
        int shown = 0;
        for (Result r : report.results()) {
            for (DuplicateCandidate c : r.found()) {
                if (c.score() >= report.threshold() && !c.caseId().equals(r.query().expected()) && shown++ < limit) {
                    out.printf(Locale.ROOT, "  [%s] %.3f %s → %s%s | %s%n", r.query().kind(), c.score(),
                            r.query().message().id(), c.caseId(), r.dataRepeats().contains(c.caseId()) ? " repeat" : "",
                            abbreviate(r.query().message().title() + " " + r.query().message().body()));
                }
            }
        }
        out.println("漏报 missed (kind, best score, expected case):");
        shown = 0;
        for (Result r : report.results()) {
            String expected = r.query().expected();
            if (expected == null) {
                continue;
            }
            double best = r.found().stream().filter(c -> c.caseId().equals(expected))
                    .mapToDouble(DuplicateCandidate::score).max().orElse(0);
            if (best < report.threshold() && shown++ < limit) {
                out.printf(Locale.ROOT, "  [%s] %.3f %s | %s%n", r.query().kind(), best, expected,
                        abbreviate(r.query().message().title() + " " + r.query().message().body()));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 70) + "…";
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** Both raw files: id, user, title, time, body, … */
    static List<Message> readRaw(Path dir) throws IOException {
        List<Message> out = new ArrayList<>();
        for (String file : List.of("messages-with-votes.tsv", "messages-with-replies.tsv")) {
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                if (cols.length >= 5 && !cols[4].isBlank()) {
                    out.add(new Message(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[4].strip()));
                }
            }
        }
        return out;
    }

    private static List<String> readColumn(Path file, int column) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length > column) {
                out.add(cols[column]);
            }
        }
        return out;
    }

    /** Drops messages whose id or exact text was already seen (the two files overlap). */
    private static List<Message> distinct(List<Message> messages) {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (ids.add(m.id()) && texts.add(m.title() + "\t" + m.body())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Specific place names by kind, from the titles of {@code messages}. */
    private static Map<PlaceKind, List<String>> placePool(List<Message> messages, PlaceExtractor extractor) {
        Map<PlaceKind, Set<String>> pool = new EnumMap<>(PlaceKind.class);
        for (Message m : messages) {
            for (Place place : extractor.extract(m.title())) {
                if (place.kind().isSpecific()) {
                    pool.computeIfAbsent(place.kind(), k -> new TreeSet<>()).add(place.name());
                }
            }
        }
        Map<PlaceKind, List<String>> out = new EnumMap<>(PlaceKind.class);
        pool.forEach((kind, names) -> out.put(kind, new ArrayList<>(names)));
        return out;
    }

    private static <T> List<T> sample(List<T> items, int n, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}

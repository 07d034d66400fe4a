package org.minsheng.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.minsheng.nlp.application.ClassifierTrainingService;
import org.minsheng.nlp.application.TextClassifierService;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.infrastructure.ClassificationModelStore;
import org.minsheng.nlp.infrastructure.ClassifierCorpusReader;
import org.minsheng.nlp.infrastructure.ClassifierResources;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;
import org.minsheng.nlp.infrastructure.LiblinearClassifierTrainer;

/**
 * Single-thread latency and throughput of message classification on ~500-character messages,
 * next to HanLP's own segmentation speed on the same texts in the same run: HanLP's standard
 * segmenter (Viterbi with person names, as {@code HanLP.segment}) — the reference of the target —,
 * the dictionary segmenter the classifier uses for raw text, and the Viterbi segmenter with place
 * and organisation recognition that extraction uses. Classification of raw text includes its
 * segmentation. Prints figures; asserts nothing.
 *
 * <p>Options: {@code --data DIR} (the TipDM Cup 2020 folder; default: found next to the
 * repository), {@code --model FILE} (default: trained in memory on the real messages when present,
 * else the shipped model), {@code --seconds N} per measured task (default 5; the three tasks are
 * interleaved message by message), {@code --warmup N}
 * seconds (default 5), {@code --length N} characters per message (default 500).
 */
public final class NlpBenchmark {

    private static final String USAGE = "用法 / usage: bench nlp [--data DIR] [--model FILE] [--seconds 5] "
            + "[--warmup 5] [--length 500]";

    private final PrintStream out;

    private NlpBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            out.println(USAGE);
            return;
        }
        try {
            new NlpBenchmark(out).run(Options.parse(args));
        } catch (IllegalArgumentException | ClassifierDataException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private record Options(Optional<Path> data, Optional<Path> model, double seconds, double warmup, int length) {

        static Options parse(String[] args) {
            Optional<Path> data = Optional.empty();
            Optional<Path> model = Optional.empty();
            double seconds = 5;
            double warmup = 5;
            int length = 500;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("选项缺少值 / option needs a value: " + a);
                }
                String v = args[++i];
                try {
                    switch (a) {
                        case "--data" -> data = Optional.of(Path.of(v));
                        case "--model" -> model = Optional.of(Path.of(v));
                        case "--seconds" -> seconds = Double.parseDouble(v);
                        case "--warmup" -> warmup = Double.parseDouble(v);
                        case "--length" -> length = Integer.parseInt(v);
                        default -> throw new IllegalArgumentException("未知选项 / unknown option: " + a);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("数值无效 / not a number: " + a + " " + v);
                }
            }
            if (seconds <= 0 || warmup < 0 || length < 10) {
                throw new IllegalArgumentException("参数超出范围 / option out of range");
            }
            return new Options(data.or(NlpBenchmark::findSharedData), model, seconds, warmup, length);
        }
    }

    private void run(Options options) {
        Segmenter standard = HanLpSegmenter.standard();
        Segmenter segmenter = HanLpSegmenter.instance();
        Segmenter classifierSegmenter = HanLpSegmenter.wordsOnly();
        List<String> sources;
        String sourceName;
        Optional<Path> raw = options.data().map(d -> d.resolve("classify-sample-raw.tsv")).filter(Files::isRegularFile);
        if (raw.isPresent()) {
            sources = readRaw(raw.get());
            sourceName = raw.get().getFileName() + " (raw messages, title + detail)";
        } else {
            sources = ClassifierResources.defaultCorpus().stream().map(LabelledText::text).toList();
            sourceName = "default corpus";
        }
        List<String> texts = concatenate(sources, options.length());

        ClassificationModel model;
        String modelName;
        Optional<Path> train = options.data().map(d -> d.resolve("classify-train.tsv")).filter(Files::isRegularFile);
        if (options.model().isPresent()) {
            model = new ClassificationModelStore(classifierSegmenter).load(options.model().get());
            modelName = options.model().get().toString();
        } else if (train.isPresent()) {
            List<LabelledText> data = new ClassifierCorpusReader().read(train.get());
            long start = System.nanoTime();
            model = new ClassifierTrainingService(classifierSegmenter, new LiblinearClassifierTrainer(),
                    Clock.systemUTC())
                    .train(data, ClassifierFeatureOptions.DEFAULT, LinearTrainingOptions.DEFAULT);
            modelName = String.format(Locale.ROOT, "trained in memory on %s (%d messages, %.1f s)",
                    train.get().getFileName(), data.size(), (System.nanoTime() - start) / 1e9);
        } else {
            model = ClassifierResources.defaultModel();
            modelName = "shipped default model";
        }
        TextClassifierService service = new TextClassifierService(model, ClassifierResources.defaultMapping());

        double avgChars = texts.stream().mapToInt(String::length).average().orElse(0);
        out.printf(Locale.ROOT, "texts: %d messages of %.0f characters on average, from %s%n", texts.size(), avgChars,
                sourceName);
        out.printf(Locale.ROOT, "model: %s; %d features; %s%n", modelName, model.vectorizer().dimension(),
                model.header().settings());
        out.printf(Locale.ROOT, "JVM: %s %s, %d processors; one thread%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        // Warm up both paths so the JIT has compiled them before anything is recorded.
        long warmEnd = System.nanoTime() + (long) (options.warmup() * 1e9);
        int sink = 0;
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            String t = texts.get(i % texts.size());
            sink += standard.segment(t).size();
            sink += segmenter.segment(t).size();
            sink += classifierSegmenter.segment(t).size();
            sink += service.classify(t).category().length();
        }

        Histogram std = new Histogram(3_600_000_000_000L, 3);
        Histogram dict = new Histogram(3_600_000_000_000L, 3);
        Histogram full = new Histogram(3_600_000_000_000L, 3);
        Histogram cls = new Histogram(3_600_000_000_000L, 3);
        // Interleaved per message, so that all four see the same machine load.
        Phase[] phases = measure(texts, options.seconds(), new Histogram[] {std, dict, full, cls},
                t -> standard.segment(t).size(),
                t -> classifierSegmenter.segment(t).size(),
                t -> segmenter.segment(t).size(),
                t -> service.classify(t).category().length());
        Phase stdPhase = phases[0];
        Phase dictPhase = phases[1];
        Phase fullPhase = phases[2];
        Phase clsPhase = phases[3];
        sink += stdPhase.sink + dictPhase.sink + fullPhase.sink + clsPhase.sink;

        print("HanLP standard segment", std, stdPhase, avgChars);
        print("HanLP dictionary segment", dict, dictPhase, avgChars);
        print("HanLP + place/org NER", full, fullPhase, avgChars);
        print("classification", cls, clsPhase, avgChars);
        out.printf(Locale.ROOT, "ratio classification / HanLP standard segmentation throughput: %.2f   (target >= 0.5)%n",
                clsPhase.throughput() / stdPhase.throughput());
        out.printf(Locale.ROOT, "ratio classification / HanLP dictionary segmentation throughput: %.2f%n",
                clsPhase.throughput() / dictPhase.throughput());
        out.printf(Locale.ROOT, "ratio classification / HanLpSegmenter (with NER) throughput:  %.2f%n",
                clsPhase.throughput() / fullPhase.throughput());
        out.printf(Locale.ROOT, "classification p99: %.3f ms   (target <= 1 ms)%n",
                cls.getValueAtPercentile(99) / 1e6);
        if (sink == 42) {
            out.println();
        }
    }

    private record Phase(long messages, long nanos, int sink) {

        double throughput() {
            return messages * 1e9 / nanos;
        }
    }

    private interface Work {
        int apply(String text);
    }

    private static Phase[] measure(List<String> texts, double seconds, Histogram[] histograms, Work... work) {
        long end = System.nanoTime() + (long) (seconds * 1e9 * work.length);
        long[] nanos = new long[work.length];
        int[] sinks = new int[work.length];
        long n = 0;
        while (System.nanoTime() < end) {
            String t = texts.get((int) (n % texts.size()));
            for (int w = 0; w < work.length; w++) {
                long before = System.nanoTime();
                sinks[w] += work[w].apply(t);
                long took = System.nanoTime() - before;
                histograms[w].recordValue(took);
                nanos[w] += took;
            }
            n++;
        }
        Phase[] phases = new Phase[work.length];
        for (int w = 0; w < work.length; w++) {
            phases[w] = new Phase(n, nanos[w], sinks[w]);
        }
        return phases;
    }

    private void print(String name, Histogram h, Phase phase, double avgChars) {
        out.printf(Locale.ROOT,
                "%-24s p50 %7.1f us  p90 %7.1f us  p99 %7.1f us  max %8.1f us  %8.0f msg/s  %6.2f M chars/s  (%d messages)%n",
                name, h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3, phase.throughput(),
                phase.throughput() * avgChars / 1e6, phase.messages());
    }

    private static List<String> readRaw(Path file) {
        List<String> texts = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            int title = indexOf(header, "title");
            int detail = indexOf(header, "detail");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length > Math.max(title, detail)) {
                    texts.add(cells[title] + "。" + cells[detail]);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new ClassifierDataException("无法读取 / cannot read " + file + ": " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new ClassifierDataException("没有消息 / no messages in " + file);
        }
        return texts;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("missing column " + name);
    }

    /** Joins consecutive messages until each text is about {@code length} characters, then cuts it there. */
    static List<String> concatenate(List<String> sources, int length) {
        List<String> texts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int round = 0; texts.size() < 200 && round < 50; round++) {
            for (String s : sources) {
                sb.append(s.strip());
                if (sb.length() >= length) {
                    texts.add(sb.substring(0, length));
                    sb.setLength(0);
                } else {
                    sb.append(' ');
                }
            }
        }
        return texts;
    }

    /** {@code <repo>/../shared/data/teddycup2020}, looked up from the working directory upwards. */
    static Optional<Path> findSharedData() {
        for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
            Path candidate = base.resolveSibling("shared").resolve("data").resolve("teddycup2020");
            if (Files.isRegularFile(base.resolve("pom.xml")) && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

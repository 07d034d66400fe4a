package org.minsheng.tools.nlp;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minsheng.nlp.api.ReplyQualityFinding;
import org.minsheng.nlp.api.ReplyQualityReport;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.application.ReplyQualityService;
import org.minsheng.nlp.domain.ReplyIssue;
import org.minsheng.nlp.infrastructure.TextInsightsFactory;

/**
 * {@code nlp reply-quality FILE}: scores every reply of a file of messages with their replies
 * (UTF-8 TSV with a header; columns id, user, title, time, body, reply, reply time) and prints the
 * score's distribution, how often each finding occurs and the ten worst replies. "Similar cases"
 * are the {@value #SIMILAR} messages sharing most keywords with the message (at least one).
 */
final class ReplyQualityCommand {

    static final int SIMILAR = 10;
    private static final int WORST = 10;

    private record Row(String id, String title, String body, String reply, Set<String> keywords) {
    }

    private record Scored(Row row, ReplyQualityReport report) {
    }

    private final PrintStream out;

    ReplyQualityCommand(PrintStream out) {
        this.out = out;
    }

    int run(NlpOptions options) {
        if (options.positional().size() != 1) {
            throw new UsageException("用法 / usage: nlp reply-quality FILE");
        }
        TextInsightsFacade insights = TextInsightsFactory.createDefault();
        ReplyQualityService quality = new ReplyQualityService(insights);
        List<Row> rows = read(Path.of(options.positional().get(0)), insights);
        List<Scored> scored = new ArrayList<>(rows.size());
        for (Row row : rows) {
            scored.add(new Scored(row, quality.check(row.title(), row.body(), row.reply(), similarLengths(row, rows))));
        }
        print(scored);
        return NlpCommand.OK;
    }

    private static List<Row> read(Path file, TextInsightsFacade insights) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                if (c.length >= 6 && !c[5].isBlank()) {
                    String title = c[2].strip();
                    String body = c[4].strip();
                    rows.add(new Row(c[0].strip(), title, body, c[5].strip(),
                            new HashSet<>(insights.analyse(title, body).keywords())));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reply lengths of the messages sharing most keywords with {@code row}. */
    private static List<Integer> similarLengths(Row row, List<Row> rows) {
        record Near(Row other, long shared) {
        }
        return rows.stream().filter(o -> o != row)
                .map(o -> new Near(o, o.keywords().stream().filter(row.keywords()::contains).count()))
                .filter(n -> n.shared() > 0)
                .sorted(Comparator.comparingLong(Near::shared).reversed())
                .limit(SIMILAR)
                .map(n -> n.other().reply().codePointCount(0, n.other().reply().length()))
                .toList();
    }

    private void print(List<Scored> scored) {
        int n = scored.size();
        int[] scores = scored.stream().mapToInt(s -> s.report().score()).sorted().toArray();
        out.printf(Locale.ROOT, "replies: %d%n", n);
        if (n == 0) {
            return;
        }
        out.printf(Locale.ROOT, "score: mean %.1f, min %d, p10 %d, p25 %d, median %d, p75 %d, p90 %d, max %d%n",
                Arrays.stream(scores).average().orElse(0), scores[0], pct(scores, 10), pct(scores, 25),
                pct(scores, 50), pct(scores, 75), pct(scores, 90), scores[n - 1]);
        out.println("histogram:");
        for (int low = 0; low <= 90; low += 10) {
            int lo = low;
            int hi = low == 90 ? 100 : low + 9;
            long count = Arrays.stream(scores).filter(s -> s >= lo && s <= hi).count();
            out.printf(Locale.ROOT, "  %3d-%3d %5d %5.1f%%%n", lo, hi, count, 100.0 * count / n);
        }
        Map<String, Long> bands = new TreeMap<>();
        scored.forEach(s -> bands.merge(s.report().grade(), 1L, Long::sum));
        out.println("bands: " + bands);
        Map<ReplyIssue, Integer> issues = new EnumMap<>(ReplyIssue.class);
        scored.forEach(s -> s.report().findings().forEach(f -> issues.merge(ReplyIssue.valueOf(f.code()), 1, Integer::sum)));
        out.println("findings:");
        for (ReplyIssue issue : ReplyIssue.values()) {
            int count = issues.getOrDefault(issue, 0);
            out.printf(Locale.ROOT, "  %-22s %5d %5.1f%%  %s%n", issue.name(), count, 100.0 * count / n, issue.labelZh());
        }
        out.println("worst " + WORST + ":");
        scored.stream().sorted(Comparator.comparingInt((Scored s) -> s.report().score())
                        .thenComparing(s -> s.row().id()))
                .limit(WORST)
                .forEach(s -> out.printf(Locale.ROOT, "  #%s score %d [%s]%n    题: %s%n    答: %s%n", s.row().id(),
                        s.report().score(), s.report().findings().stream().map(ReplyQualityFinding::code)
                                .reduce((a, b) -> a + ", " + b).orElse(""),
                        s.row().title(), excerpt(s.row().reply())));
    }

    private static int pct(int[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))];
    }

    private static String excerpt(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}

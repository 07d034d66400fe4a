package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.util.Locale;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.tools.nlp.DuplicateEvaluation.Metrics;
import org.minsheng.tools.nlp.DuplicateEvaluation.Report;
import org.minsheng.tools.nlp.DuplicateEvaluation.Result;

/**
 * Prints the duplicate evaluation: overall figures (strict and adjusted), a line per query kind,
 * a threshold sweep and, on request, examples of false and missed suggestions.
 */
final class DuplicateReportPrinter {

    private DuplicateReportPrinter() {
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
            double t = Math.round((DuplicateEvaluation.SWEEP_FLOOR + 0.05 * i) * 100) / 100.0;
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
}

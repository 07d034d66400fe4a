package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.minsheng.nlp.domain.ClassMetrics;
import org.minsheng.nlp.domain.ConfusionMatrix;

/** The tables {@code evaluate} and {@code cross-validate} print, tab-separated. */
final class ClassifierReports {

    private ClassifierReports() {
    }

    /** Precision, recall, F1 and support per class. */
    static void printClasses(PrintStream out, ConfusionMatrix confusion) {
        out.println("class\tprecision\trecall\tF1\tsupport");
        for (ClassMetrics m : confusion.perClass()) {
            out.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%d%n", m.label(), m.precision(), m.recall(), m.f1(),
                    m.support());
        }
    }

    // Which classes are mistaken for which: the per-class figures alone do not say.
    static void printConfusion(PrintStream out, ConfusionMatrix confusion) {
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
}

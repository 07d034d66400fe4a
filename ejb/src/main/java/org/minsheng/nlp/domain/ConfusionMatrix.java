package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of (actual, predicted) pairs and the metrics derived from them. A class that is never
 * predicted has precision 0, and F1 is 0 when precision and recall are both 0, so macro-F1
 * punishes a model that ignores a small class. Not thread-safe: one per evaluation.
 */
public final class ConfusionMatrix {

    private final List<String> labels;
    private final Map<String, Integer> index = new HashMap<>();
    private final long[][] counts;
    private long total;

    public ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        for (int i = 0; i < this.labels.size(); i++) {
            index.put(this.labels.get(i), i);
        }
        counts = new long[this.labels.size()][this.labels.size()];
    }

    public void record(String actual, String predicted) {
        counts[indexOf(actual)][indexOf(predicted)]++;
        total++;
    }

    public void addAll(ConfusionMatrix other) {
        if (!labels.equals(other.labels)) {
            throw new IllegalArgumentException("label sets differ");
        }
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
        total += other.total;
    }

    public List<String> labels() {
        return labels;
    }

    public long count(String actual, String predicted) {
        return counts[indexOf(actual)][indexOf(predicted)];
    }

    public long total() {
        return total;
    }

    public ClassMetrics metrics(String label) {
        int k = indexOf(label);
        long tp = counts[k][k];
        long actual = 0;
        long predicted = 0;
        for (int j = 0; j < counts.length; j++) {
            actual += counts[k][j];
            predicted += counts[j][k];
        }
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = actual == 0 ? 0 : (double) tp / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(label, precision, recall, f1, (int) actual);
    }

    public List<ClassMetrics> perClass() {
        List<ClassMetrics> all = new ArrayList<>(labels.size());
        for (String label : labels) {
            all.add(metrics(label));
        }
        return all;
    }

    /** Unweighted mean of per-class F1 over all labels. */
    public double macroF1() {
        double sum = 0;
        for (String label : labels) {
            sum += metrics(label).f1();
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    private int indexOf(String label) {
        Integer i = index.get(label);
        if (i == null) {
            throw new IllegalArgumentException("unknown label: " + label);
        }
        return i;
    }
}

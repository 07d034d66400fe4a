package org.minsheng.nlp.domain;

import java.util.List;

/**
 * Naive Bayes log-count ratios for one class against the rest (Wang and Manning 2012, "Baselines
 * and bigrams"): {@code r = ln((p / |p|1) / (q / |q|1))}, where {@code p} and {@code q} count in how
 * many messages of the class, and of the other classes, each feature occurs, plus {@code alpha}.
 * Scaling the features by {@code r} before a linear SVM (NB-SVM) lets the SVM start from the naive
 * Bayes evidence; on real messages it beat the plain SVM on the same features.
 */
public final class NaiveBayesRatios {

    private NaiveBayesRatios() {
    }

    public static double[] oneVsRest(List<SparseVector> vectors, int[] targets, int label, int dimension,
            double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha must be positive");
        }
        double[] p = new double[dimension];
        double[] q = new double[dimension];
        java.util.Arrays.fill(p, alpha);
        java.util.Arrays.fill(q, alpha);
        // Presence, not weight: counts of messages are what the smoothing constant is meant for.
        for (int i = 0; i < vectors.size(); i++) {
            double[] counts = targets[i] == label ? p : q;
            for (int f : vectors.get(i).indices()) {
                if (f < dimension) {
                    counts[f] += 1;
                }
            }
        }
        double sp = 0;
        double sq = 0;
        for (int f = 0; f < dimension; f++) {
            sp += p[f];
            sq += q[f];
        }
        double[] r = new double[dimension];
        double offset = Math.log(sq / sp);
        for (int f = 0; f < dimension; f++) {
            r[f] = Math.log(p[f] / q[f]) + offset;
        }
        return r;
    }
}

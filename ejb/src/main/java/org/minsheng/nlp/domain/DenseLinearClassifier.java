package org.minsheng.nlp.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One linear scorer per class held as a dense weight matrix, with class probabilities from a
 * softmax of the scores at a fixed scale. The matrix is stored feature-major (the weights of all
 * classes for one feature side by side), so scoring a sparse vector reads one short contiguous run
 * per non-zero feature and allocates nothing but the result. Immutable and thread-safe.
 */
public final class DenseLinearClassifier implements LinearClassifier {

    private final List<String> labels;
    private final int dimension;
    private final double[] weights;
    private final double[] bias;
    private final double softmaxScale;

    /**
     * @param weights {@code dimension * labels.size()} values, feature-major: {@code weights[f * k + c]}
     * @param bias one intercept per class
     * @param softmaxScale inverse temperature applied to the scores before the softmax
     */
    public DenseLinearClassifier(List<String> labels, int dimension, double[] weights, double[] bias,
            double softmaxScale) {
        this.labels = List.copyOf(labels);
        if (this.labels.isEmpty()) {
            throw new IllegalArgumentException("at least one label is required");
        }
        if (dimension < 0 || weights.length != (long) dimension * this.labels.size()) {
            throw new IllegalArgumentException("weights must hold dimension * classes values");
        }
        if (bias.length != this.labels.size()) {
            throw new IllegalArgumentException("one bias per class is required");
        }
        if (!(softmaxScale > 0) || Double.isInfinite(softmaxScale)) {
            throw new IllegalArgumentException("softmax scale must be a positive number");
        }
        this.dimension = dimension;
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.softmaxScale = softmaxScale;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    public int dimension() {
        return dimension;
    }

    public double softmaxScale() {
        return softmaxScale;
    }

    /** The weight of feature {@code feature} for class {@code label}. */
    public double weight(int feature, int label) {
        return weights[feature * labels.size() + label];
    }

    public double bias(int label) {
        return bias[label];
    }

    /** Raw class scores (margins) for {@code x}; features at or beyond the dimension are ignored. */
    public double[] scores(SparseVector x) {
        int k = labels.size();
        double[] s = bias.clone();
        int[] idx = x.indices();
        double[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            int f = idx[i];
            if (f >= dimension) {
                break;
            }
            double v = val[i];
            int base = f * k;
            for (int c = 0; c < k; c++) {
                s[c] += v * weights[base + c];
            }
        }
        return s;
    }

    @Override
    public double[] probabilities(SparseVector x) {
        double[] p = scores(x);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(softmaxScale * (p[c] - max));
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseLinearClassifier other && labels.equals(other.labels) && dimension == other.dimension
                && softmaxScale == other.softmaxScale && Arrays.equals(weights, other.weights)
                && Arrays.equals(bias, other.bias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, dimension, softmaxScale, Arrays.hashCode(weights), Arrays.hashCode(bias));
    }
}

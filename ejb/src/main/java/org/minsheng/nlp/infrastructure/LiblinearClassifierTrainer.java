package org.minsheng.nlp.infrastructure;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import java.util.Random;
import org.minsheng.nlp.domain.DenseLinearClassifier;
import org.minsheng.nlp.domain.LinearClassifier;
import org.minsheng.nlp.domain.LinearClassifierTrainer;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.domain.NaiveBayesRatios;
import org.minsheng.nlp.domain.SparseVector;

/**
 * Trains liblinear models: L2-regularised logistic regression (primal, trust-region Newton) and
 * L2-regularised L2-loss SVM (dual coordinate descent), both one-vs-rest with a bias term; NB-SVM
 * trains the same SVM once per class on features scaled by that class's naive Bayes ratios and
 * folds the ratios into a {@link DenseLinearClassifier}. Each
 * training gets its own seeded random source, so results are reproducible and no global state
 * is touched.
 */
public final class LiblinearClassifierTrainer implements LinearClassifierTrainer {

    private static final double BIAS = 1.0;
    private static final double EPSILON = 0.01;
    private static final long SEED = 20200101L;
    /** Naive Bayes smoothing: one pseudo-message per feature and side (0.5 to 3 scored within noise). */
    private static final double NB_ALPHA = 1.0;
    /**
     * Softmax scale for NB-SVM margins, fitted by minimising the log-loss of cross-validated
     * held-out margins on real messages; there the mean confidence (0.933) then matches the
     * accuracy (0.932).
     */
    static final double NB_SVM_SOFTMAX_SCALE = 4.0;

    static {
        // liblinear prints progress to stdout by default; this is its documented switch.
        Linear.disableDebugOutput();
    }

    @Override
    public LinearClassifier train(List<SparseVector> vectors, int[] targets, List<String> labels, int dimension,
            LinearTrainingOptions options) {
        if (vectors.isEmpty() || vectors.size() != targets.length) {
            throw new IllegalArgumentException("need one target per vector and at least one vector");
        }
        if (options.algorithm() == LinearTrainingOptions.Algorithm.NB_SVM) {
            return trainNbSvm(vectors, targets, labels, dimension, options);
        }
        Problem problem = new Problem();
        problem.l = vectors.size();
        problem.n = dimension + 1;
        problem.bias = BIAS;
        problem.x = new Feature[vectors.size()][];
        problem.y = new double[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            SparseVector v = vectors.get(i);
            Feature[] f = new Feature[v.size() + 1];
            for (int j = 0; j < v.size(); j++) {
                f[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
            }
            f[v.size()] = new FeatureNode(dimension + 1, BIAS);
            problem.x[i] = f;
            problem.y[i] = targets[i];
        }
        Model logistic = null;
        Model svm = null;
        switch (options.algorithm()) {
            case LOGISTIC_REGRESSION -> logistic = fit(problem, SolverType.L2R_LR, options, targets, labels.size());
            case LINEAR_SVM -> svm = fit(problem, SolverType.L2R_L2LOSS_SVC_DUAL, options, targets, labels.size());
            case ENSEMBLE -> {
                logistic = fit(problem, SolverType.L2R_LR, options, targets, labels.size());
                svm = fit(problem, SolverType.L2R_L2LOSS_SVC_DUAL, options, targets, labels.size());
            }
        }
        return new LiblinearClassifier(labels, logistic, svm);
    }

    private static DenseLinearClassifier trainNbSvm(List<SparseVector> vectors, int[] targets, List<String> labels,
            int dimension, LinearTrainingOptions options) {
        int k = labels.size();
        int[] counts = new int[k];
        for (int t : targets) {
            counts[t]++;
        }
        int present = 0;
        for (int c : counts) {
            present += c > 0 ? 1 : 0;
        }
        double[] weights = new double[dimension * k];
        double[] bias = new double[k];
        for (int label = 0; label < k; label++) {
            if (counts[label] == 0) {
                // A class without examples can never win.
                bias[label] = -1e6;
                continue;
            }
            double[] r = NaiveBayesRatios.oneVsRest(vectors, targets, label, dimension, NB_ALPHA);
            Problem problem = new Problem();
            problem.l = vectors.size();
            problem.n = dimension + 1;
            problem.bias = BIAS;
            problem.x = new Feature[vectors.size()][];
            problem.y = new double[vectors.size()];
            for (int i = 0; i < vectors.size(); i++) {
                SparseVector v = vectors.get(i);
                Feature[] f = new Feature[v.size() + 1];
                for (int j = 0; j < v.size(); j++) {
                    int index = v.indices()[j];
                    f[j] = new FeatureNode(index + 1, v.values()[j] * r[index]);
                }
                f[v.size()] = new FeatureNode(dimension + 1, BIAS);
                problem.x[i] = f;
                problem.y[i] = targets[i] == label ? 1 : -1;
            }
            Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, options.c(), EPSILON);
            parameter.setRandom(new Random(SEED));
            if (options.balanced()) {
                // As liblinear's one-vs-rest does: only the class's own examples are reweighted.
                parameter.setWeights(new double[] {(double) targets.length / (present * counts[label])},
                        new int[] {1});
            }
            Model model = Linear.train(problem, parameter);
            if (model.getNrClass() == 1) {
                // Every message has this label: it always wins.
                bias[label] = 1;
                continue;
            }
            double[] w = model.getFeatureWeights();
            // liblinear's decision value favours its first label; make positive mean "this class".
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            for (int f = 0; f < dimension; f++) {
                weights[f * k + label] = sign * w[f] * r[f];
            }
            bias[label] = sign * w[dimension] * BIAS;
        }
        return new DenseLinearClassifier(labels, dimension, weights, bias, NB_SVM_SOFTMAX_SCALE);
    }

    private static Model fit(Problem problem, SolverType solver, LinearTrainingOptions options, int[] targets,
            int classes) {
        Parameter parameter = new Parameter(solver, options.c(), EPSILON);
        parameter.setRandom(new Random(SEED));
        if (options.balanced()) {
            int[] counts = new int[classes];
            for (int t : targets) {
                counts[t]++;
            }
            int present = 0;
            for (int c : counts) {
                present += c > 0 ? 1 : 0;
            }
            double[] weights = new double[present];
            int[] weightLabels = new int[present];
            int k = 0;
            for (int c = 0; c < classes; c++) {
                if (counts[c] > 0) {
                    weightLabels[k] = c;
                    weights[k] = (double) targets.length / (present * counts[c]);
                    k++;
                }
            }
            parameter.setWeights(weights, weightLabels);
        }
        return Linear.train(problem, parameter);
    }
}

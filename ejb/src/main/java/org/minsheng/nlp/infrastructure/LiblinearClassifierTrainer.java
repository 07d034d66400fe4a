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
import org.minsheng.nlp.domain.LinearClassifier;
import org.minsheng.nlp.domain.LinearClassifierTrainer;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.domain.SparseVector;

/**
 * Trains liblinear models: L2-regularised logistic regression (primal, trust-region Newton) and
 * L2-regularised L2-loss SVM (dual coordinate descent), both one-vs-rest with a bias term. Each
 * training gets its own seeded random source, so results are reproducible and no global state
 * is touched.
 */
public final class LiblinearClassifierTrainer implements LinearClassifierTrainer {

    private static final double BIAS = 1.0;
    private static final double EPSILON = 0.01;
    private static final long SEED = 20200101L;

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

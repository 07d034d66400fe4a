package org.minsheng.nlp.domain;

import java.util.List;

/** Fits a {@link LinearClassifier}; the algorithm lives in infrastructure. */
public interface LinearClassifierTrainer {

    /**
     * @param vectors one vector per example
     * @param targets index into {@code labels} per example
     * @param labels the class labels
     * @param dimension number of features
     */
    LinearClassifier train(List<SparseVector> vectors, int[] targets, List<String> labels, int dimension,
            LinearTrainingOptions options);
}

package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A trained text classifier: feature extraction, TF-IDF weighting and a linear model, with the
 * header that describes them. Immutable and thread-safe.
 */
public final class ClassificationModel {

    private final ModelHeader header;
    private final ClassifierFeatureExtractor extractor;
    private final TfidfVectorizer vectorizer;
    private final LinearClassifier classifier;

    public ClassificationModel(ModelHeader header, ClassifierFeatureExtractor extractor, TfidfVectorizer vectorizer,
            LinearClassifier classifier) {
        this.header = Objects.requireNonNull(header, "header");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.vectorizer = Objects.requireNonNull(vectorizer, "vectorizer");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        if (!header.labels().equals(classifier.labels())) {
            throw new IllegalArgumentException("header labels differ from the classifier's labels");
        }
    }

    public ModelHeader header() {
        return header;
    }

    public ClassifierFeatureExtractor extractor() {
        return extractor;
    }

    public TfidfVectorizer vectorizer() {
        return vectorizer;
    }

    public LinearClassifier classifier() {
        return classifier;
    }

    public List<String> labels() {
        return header.labels();
    }

    public SparseVector vectorize(String text) {
        return vectorizer.vectorize(extractor, text);
    }

    /** All labels, most probable first (ties in label order). */
    public List<ScoredLabel> rank(String text) {
        double[] p = classifier.probabilities(vectorize(text));
        List<ScoredLabel> ranked = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            ranked.add(new ScoredLabel(header.labels().get(i), p[i]));
        }
        ranked.sort(Comparator.comparingDouble(ScoredLabel::probability).reversed());
        return ranked;
    }

    public String predict(String text) {
        double[] p = classifier.probabilities(vectorize(text));
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return header.labels().get(best);
    }
}

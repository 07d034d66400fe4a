package org.minsheng.nlp.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.ClassifierFeatureExtractor;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.ConfusionMatrix;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearClassifier;
import org.minsheng.nlp.domain.LinearClassifierTrainer;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.domain.ModelHeader;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.domain.SparseVector;
import org.minsheng.nlp.domain.StratifiedFolds;
import org.minsheng.nlp.domain.TfidfVectorizer;
import org.minsheng.nlp.domain.Vocabulary;

/**
 * Trains, evaluates and cross-validates text classifiers. Plain constructor so that it can run
 * from a command line as well as inside the container.
 */
public class ClassifierTrainingService {

    private final Segmenter segmenter;
    private final LinearClassifierTrainer trainer;
    private final Clock clock;

    public ClassifierTrainingService(Segmenter segmenter, LinearClassifierTrainer trainer, Clock clock) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The outcome of evaluating a model on held-out messages. */
    public record EvaluationResult(ConfusionMatrix confusion, long trainingNanos, long classificationNanos,
            int messages) {

        /** Messages classified per second on one thread (extraction, weighting and scoring included). */
        public double throughput() {
            return classificationNanos == 0 ? 0 : messages * 1e9 / classificationNanos;
        }
    }

    /** Per-fold confusion matrices and their pooled sum. */
    public record CrossValidationResult(List<ConfusionMatrix> folds, ConfusionMatrix pooled, long nanos) {

        /** Mean of the per-fold macro-F1 scores. */
        public double meanMacroF1() {
            return folds.stream().mapToDouble(ConfusionMatrix::macroF1).average().orElse(0);
        }
    }

    public ClassificationModel train(List<LabelledText> data, ClassifierFeatureOptions features,
            LinearTrainingOptions training) {
        requireData(data);
        ClassifierFeatureExtractor extractor = new ClassifierFeatureExtractor(segmenter, features);
        List<List<String>> terms = new ArrayList<>(data.size());
        for (LabelledText t : data) {
            terms.add(extractor.extract(t.text()));
        }
        return fit(extractor, terms, labelsOf(data), features, training);
    }

    public EvaluationResult evaluate(List<LabelledText> train, List<LabelledText> test,
            ClassifierFeatureOptions features, LinearTrainingOptions training) {
        requireData(test);
        long start = System.nanoTime();
        ClassificationModel model = train(train, features, training);
        long trained = System.nanoTime();
        TreeSet<String> labels = new TreeSet<>(model.labels());
        test.forEach(t -> labels.add(t.label()));
        ConfusionMatrix confusion = new ConfusionMatrix(List.copyOf(labels));
        long classifyStart = System.nanoTime();
        for (LabelledText t : test) {
            confusion.record(t.label(), model.predict(t.text()));
        }
        long end = System.nanoTime();
        return new EvaluationResult(confusion, trained - start, end - classifyStart, test.size());
    }

    /** Stratified k-fold cross-validation; features are extracted once and reused by every fold. */
    public CrossValidationResult crossValidate(List<LabelledText> data, int folds, long seed,
            ClassifierFeatureOptions features, LinearTrainingOptions training) {
        requireData(data);
        long start = System.nanoTime();
        List<String> labels = data.stream().map(LabelledText::label).toList();
        int[] fold = StratifiedFolds.assign(labels, folds, seed);
        ClassifierFeatureExtractor extractor = new ClassifierFeatureExtractor(segmenter, features);
        List<List<String>> terms = new ArrayList<>(data.size());
        for (LabelledText t : data) {
            terms.add(extractor.extract(t.text()));
        }
        List<String> allLabels = List.copyOf(new TreeSet<>(labels));
        ConfusionMatrix pooled = new ConfusionMatrix(allLabels);
        List<ConfusionMatrix> results = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<List<String>> trainTerms = new ArrayList<>();
            List<String> trainLabels = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] != f) {
                    trainTerms.add(terms.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            ClassificationModel model = fit(extractor, trainTerms, trainLabels, features, training);
            ConfusionMatrix confusion = new ConfusionMatrix(allLabels);
            for (int i = 0; i < data.size(); i++) {
                if (fold[i] == f) {
                    SparseVector x = model.vectorizer().vectorize(terms.get(i));
                    confusion.record(labels.get(i), argmax(model, x));
                }
            }
            results.add(confusion);
            pooled.addAll(confusion);
        }
        return new CrossValidationResult(results, pooled, System.nanoTime() - start);
    }

    private ClassificationModel fit(ClassifierFeatureExtractor extractor, List<List<String>> terms,
            List<String> labels, ClassifierFeatureOptions features, LinearTrainingOptions training) {
        List<String> classes = List.copyOf(new TreeSet<>(labels));
        Map<String, Integer> classIndex = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            classIndex.put(classes.get(i), i);
        }
        Vocabulary vocabulary = Vocabulary.fit(terms, features.minDf());
        if (vocabulary.size() == 0) {
            throw new ClassifierDataException("训练数据中没有可用特征 / training data yields no features");
        }
        TfidfVectorizer vectorizer = new TfidfVectorizer(vocabulary, features.wordWeight(), features.charWeight());
        List<SparseVector> vectors = new ArrayList<>(terms.size());
        int[] targets = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            vectors.add(vectorizer.vectorize(terms.get(i)));
            targets[i] = classIndex.get(labels.get(i));
        }
        LinearClassifier classifier = trainer.train(vectors, targets, classes, vocabulary.size(), training);
        Map<String, String> settings = new LinkedHashMap<>(features.toSettings());
        settings.putAll(training.toSettings());
        ModelHeader header = new ModelHeader(ModelHeader.CURRENT_FORMAT, clock.instant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS), terms.size(), classes, settings);
        return new ClassificationModel(header, extractor, vectorizer, classifier);
    }

    private static String argmax(ClassificationModel model, SparseVector x) {
        double[] p = model.classifier().probabilities(x);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return model.labels().get(best);
    }

    private static List<String> labelsOf(List<LabelledText> data) {
        return data.stream().map(LabelledText::label).toList();
    }

    private static void requireData(List<LabelledText> data) {
        if (data == null || data.isEmpty()) {
            throw new ClassifierDataException("没有数据 / no data");
        }
    }
}

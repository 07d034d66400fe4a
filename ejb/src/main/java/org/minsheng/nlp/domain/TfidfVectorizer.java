package org.minsheng.nlp.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Maps feature terms to a TF-IDF vector: sublinear term frequency {@code 1 + ln(tf)} times idf,
 * each view (terms with the same prefix: words and bigrams together, characters apart)
 * L2-normalised on its own and scaled by its weight. Unknown terms are ignored. Thread-safe.
 */
public final class TfidfVectorizer {

    private static final int WORD_VIEW = 0;
    private static final int CHAR_VIEW = 1;

    private final Vocabulary vocabulary;
    private final byte[] view;
    private final double[] viewWeight;

    public TfidfVectorizer(Vocabulary vocabulary, double wordWeight, double charWeight) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.view = new byte[vocabulary.size()];
        for (int i = 0; i < view.length; i++) {
            view[i] = (byte) (vocabulary.term(i).startsWith(ClassifierFeatureExtractor.CHARS) ? CHAR_VIEW : WORD_VIEW);
        }
        this.viewWeight = new double[] {wordWeight, charWeight};
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public int dimension() {
        return vocabulary.size();
    }

    public SparseVector vectorize(List<String> terms) {
        int[] ids = new int[terms.size()];
        int n = 0;
        for (String term : terms) {
            int id = vocabulary.indexOf(term);
            if (id >= 0) {
                ids[n++] = id;
            }
        }
        return weigh(ids, n);
    }

    /** Extracts and weighs in one pass, without a string per term: the classification path. */
    public SparseVector vectorize(ClassifierFeatureExtractor extractor, String text) {
        IdCollector ids = new IdCollector(text.length() * 4 + 16);
        extractor.extract(text, ids);
        return weigh(ids.ids, ids.size);
    }

    private final class IdCollector implements ClassifierFeatureExtractor.TermSink {

        int[] ids;
        int size;

        IdCollector(int capacity) {
            ids = new int[capacity];
        }

        @Override
        public void accept(char[] chars, int length) {
            int id = vocabulary.indexOf(chars, length);
            if (id >= 0) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                }
                ids[size++] = id;
            }
        }
    }

    // ids is sorted in place; returns the sublinear TF-IDF vector with per-view normalisation.
    private SparseVector weigh(int[] ids, int n) {
        Arrays.sort(ids, 0, n);
        int[] indices = new int[n];
        double[] values = new double[n];
        double[] sumSquares = new double[2];
        int k = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && ids[j] == ids[i]) {
                j++;
            }
            // Most terms of a message occur once; skip the logarithm for them.
            int tf = j - i;
            double v = (tf == 1 ? 1 : 1 + Math.log(tf)) * vocabulary.idf(ids[i]);
            indices[k] = ids[i];
            values[k] = v;
            sumSquares[view[ids[i]]] += v * v;
            k++;
            i = j;
        }
        double[] scale = new double[2];
        for (int v = 0; v < 2; v++) {
            scale[v] = sumSquares[v] == 0 ? 0 : viewWeight[v] / Math.sqrt(sumSquares[v]);
        }
        int m = 0;
        for (int i = 0; i < k; i++) {
            double v = values[i] * scale[view[indices[i]]];
            if (v != 0) {
                indices[m] = indices[i];
                values[m] = v;
                m++;
            }
        }
        return new SparseVector(Arrays.copyOf(indices, m), Arrays.copyOf(values, m));
    }
}

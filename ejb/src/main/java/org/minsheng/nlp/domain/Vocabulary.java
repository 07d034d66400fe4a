package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The feature terms a model knows, each with its inverse document frequency. Terms are kept in
 * lexicographic order so that the same training data always gives the same indices. Immutable.
 */
public final class Vocabulary {

    private final List<String> terms;
    private final double[] idf;
    private final Map<String, Integer> index;

    public Vocabulary(List<String> terms, double[] idf) {
        Objects.requireNonNull(terms, "terms");
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException("terms and idf differ in length");
        }
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        this.index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            if (index.put(terms.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate term: " + terms.get(i));
            }
        }
    }

    /**
     * Builds a vocabulary from tokenised documents, keeping terms that occur in at least
     * {@code minDf} documents. Smoothed idf: {@code ln((1 + N) / (1 + df)) + 1}.
     */
    public static Vocabulary fit(List<List<String>> documents, int minDf) {
        // {document frequency, last document seen}: one hash lookup per term occurrence.
        Map<String, int[]> df = new HashMap<>();
        int doc = 0;
        for (List<String> terms : documents) {
            doc++;
            for (String term : terms) {
                int[] entry = df.get(term);
                if (entry == null) {
                    df.put(term, new int[] {1, doc});
                } else if (entry[1] != doc) {
                    entry[0]++;
                    entry[1] = doc;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            if (e.getValue()[0] >= minDf) {
                kept.add(e.getKey());
            }
        }
        Collections.sort(kept);
        double n = documents.size();
        double[] idf = new double[kept.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((1 + n) / (1 + df.get(kept.get(i))[0])) + 1;
        }
        return new Vocabulary(kept, idf);
    }

    /** The term's index, or -1 when unknown. */
    public int indexOf(String term) {
        Integer i = index.get(term);
        return i == null ? -1 : i;
    }

    public int size() {
        return terms.size();
    }

    public String term(int i) {
        return terms.get(i);
    }

    public double idf(int i) {
        return idf[i];
    }

    public List<String> terms() {
        return terms;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary other && terms.equals(other.terms) && Arrays.equals(idf, other.idf);
    }

    @Override
    public int hashCode() {
        return 31 * terms.hashCode() + Arrays.hashCode(idf);
    }
}

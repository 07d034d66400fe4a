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
    // Open addressing on a 64-bit hash of each term, so that classification looks terms up straight
    // from a character buffer: no string per term and one memory access per probe. A slot packs the
    // hash's upper 40 bits (a fingerprint; the slot number comes from the lower bits) with the term
    // index in the lower 24 bits: 8 bytes per slot keeps the table small enough to stay in cache,
    // which is most of the cost of a lookup. Distinct terms with equal fingerprints in one probe
    // run are rejected when the vocabulary is built; an unknown term taken for a known one has a
    // chance of about one in 2^40 per probe.
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private final long[] table;
    private final int mask;

    public Vocabulary(List<String> terms, double[] idf) {
        Objects.requireNonNull(terms, "terms");
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException("terms and idf differ in length");
        }
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        if (this.terms.size() > INDEX_MASK) {
            throw new IllegalArgumentException("vocabulary too large: " + this.terms.size());
        }
        // Power of two with a load factor between 0.375 and 0.75.
        int capacity = Integer.highestOneBit(Math.max(2, terms.size() * 4 / 3)) << 1;
        this.table = new long[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < this.terms.size(); i++) {
            String term = this.terms.get(i);
            long key = hash(term);
            long fingerprint = fingerprint(key);
            int slot = (int) key & mask;
            while (table[slot] != 0) {
                if ((table[slot] & ~INDEX_MASK) == fingerprint) {
                    throw new IllegalArgumentException("duplicate term or hash collision: " + term);
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = fingerprint | i;
        }
    }

    // Never 0, so that 0 marks an empty slot.
    private static long fingerprint(long hash) {
        long f = hash & ~INDEX_MASK;
        return f == 0 ? 1L << INDEX_BITS : f;
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
    public int indexOf(CharSequence term) {
        char[] chars = term.toString().toCharArray();
        return indexOf(chars, chars.length);
    }

    /** The index of the term {@code chars[0..length)}, or -1 when unknown. */
    public int indexOf(char[] chars, int length) {
        long key = hash(chars, length);
        long fingerprint = fingerprint(key);
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if ((entry & ~INDEX_MASK) == fingerprint) {
                return (int) (entry & INDEX_MASK);
            }
            if (entry == 0) {
                return -1;
            }
        }
    }

    private static long hash(String term) {
        char[] chars = term.toCharArray();
        return hash(chars, chars.length);
    }

    // FNV-1a over the UTF-16 units, finished with the MurmurHash3 mixer.
    private static long hash(char[] chars, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h = (h ^ chars[i]) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
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

package org.minsheng.nlp.domain;

import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets: {@code size} independent hash functions, each keeping the
 * minimum over the set, so two signatures agree at a position with probability equal to the
 * Jaccard similarity of the sets. Seeded deterministically, so signatures from different
 * instances with the same parameters are comparable.
 */
public final class MinHasher {

    private final long[] seeds;

    public MinHasher(int size, long seed) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
        SplittableRandom random = new SplittableRandom(seed);
        seeds = new long[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = random.nextLong();
        }
    }

    public int size() {
        return seeds.length;
    }

    public int[] signature(int[] shingles) {
        int[] signature = new int[seeds.length];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) mix(shingle ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The MurmurHash3 64-bit finaliser: a cheap, well-spread permutation of longs. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}

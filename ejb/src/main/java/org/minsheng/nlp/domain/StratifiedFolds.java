package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Assigns examples to k folds so that every fold holds about the same share of each class. The
 * order within a class is shuffled with the given seed, so a seed always gives the same folds.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** Fold number (0..k-1) per example. */
    public static int[] assign(List<String> labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("at least 2 folds are needed");
        }
        if (labels.size() < k) {
            throw new IllegalArgumentException("fewer examples than folds");
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        // Dealing continues across classes so that fold sizes differ by at most one.
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}

package org.minsheng.nlp.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the duplicate index keeps per text: the sorted distinct hashes of its shingles (words and
 * adjacent word pairs) and of its words alone (for the exact score), the shingles' MinHash signature (for the banded lookup) and the specific places named, by kind.
 */
public record DuplicateFingerprint(int[] shingles, int[] words, int[] signature, Map<PlaceKind, Set<String>> places) {

    public DuplicateFingerprint {
        Map<PlaceKind, Set<String>> copy = new EnumMap<>(PlaceKind.class);
        places.forEach((kind, names) -> {
            if (!names.isEmpty()) {
                copy.put(kind, Set.copyOf(names));
            }
        });
        places = Collections.unmodifiableMap(copy);
    }

    /**
     * Whether the two texts are about different places: at some level (district, township, road,
     * estate) both name places and none of them is common. A text that does not name a level says
     * nothing about it, so a shortened re-post that lost its address still matches.
     */
    public boolean namesOtherPlacesThan(DuplicateFingerprint other) {
        for (Map.Entry<PlaceKind, Set<String>> e : places.entrySet()) {
            Set<String> theirs = other.places.get(e.getKey());
            if (theirs != null && Collections.disjoint(e.getValue(), theirs)) {
                return true;
            }
        }
        return false;
    }

    /** Shared distinct shingles (words and word pairs). */
    public int overlap(DuplicateFingerprint other) {
        return overlap(shingles, other.shingles);
    }

    /** Shared distinct single words. */
    public int wordOverlap(DuplicateFingerprint other) {
        return overlap(words, other.words);
    }

    private static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}

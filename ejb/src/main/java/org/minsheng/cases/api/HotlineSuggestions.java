package org.minsheng.cases.api;

import java.util.List;

/**
 * What the call-taker sees while typing: the classifier's category and routes, open cases the
 * call probably repeats (并单 candidates, with their titles and status) and FAQ entries that may
 * answer it on the spot.
 */
public record HotlineSuggestions(String category, List<RoutingSuggestion> routes, List<Duplicate> duplicates,
                                 List<FaqView> answers) {

    /** An open case the call may repeat. */
    public record Duplicate(String trackingNumber, String title, String statusZh, String statusEn, double score) {
    }
}

package org.minsheng.nlp.api;

import java.util.List;

/**
 * The classifier's verdict on a message: the most probable category, the department it routes
 * to, the confidence (probability, 0..1) and the top suggestions, best first (the first equals
 * the verdict).
 */
public record Classification(String category, String department, double confidence, List<Suggestion> top) {

    public Classification {
        top = List.copyOf(top);
    }
}

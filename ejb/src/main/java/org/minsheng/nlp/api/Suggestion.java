package org.minsheng.nlp.api;

/** A candidate category, the department it maps to, and the model's confidence in it (0..1). */
public record Suggestion(String category, String department, double confidence) {
}

package org.minsheng.cases.api;

/** One of the classifier's suggestions for a case: a category, the department it routes to, how sure. */
public record RoutingSuggestion(String category, String departmentCode, double confidence) {
}

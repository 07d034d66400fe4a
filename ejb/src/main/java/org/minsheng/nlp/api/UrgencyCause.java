package org.minsheng.nlp.api;

/**
 * One reason for urgency: {@code hazard} (GAS_LEAK, FIRE, EXPLOSION, COLLAPSE, ELECTROCUTION,
 * FLOODING, DANGEROUS_BUILDING, FALLING_OBJECTS, OPEN_MANHOLE, POISONING), its Chinese label, and
 * the phrase found in {@code field} ("title" or "body") at [{@code start}, {@code end}).
 */
public record UrgencyCause(String hazard, String label, String phrase, String field, int start, int end) {
}

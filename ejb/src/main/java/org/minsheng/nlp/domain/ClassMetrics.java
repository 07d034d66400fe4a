package org.minsheng.nlp.domain;

/** Precision, recall and F1 of one class; {@code support} is the number of true examples. */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
}

package org.minsheng.cases.api;

/** An open case that a new one probably repeats (并单 candidate), with the similarity score 0..1. */
public record DuplicateHint(String trackingNumber, double score) {
}

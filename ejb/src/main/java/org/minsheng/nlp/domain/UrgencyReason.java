package org.minsheng.nlp.domain;

/** Why a text was flagged: the hazard and the phrase found at [{@code start}, {@code end}). */
public record UrgencyReason(UrgencyHazard hazard, String phrase, int start, int end) {
}

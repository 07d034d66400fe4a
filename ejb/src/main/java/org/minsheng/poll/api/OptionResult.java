package org.minsheng.poll.api;

/**
 * The figures of one option (or of one rating level, numbered 1–5): how many chose it and the share
 * of the question's respondents; for rankings also the average place (1 = first) and the points
 * (n for a first place, 1 for the last, of n options).
 */
public record OptionResult(int number, String label, long count, double percent, Double averagePlace, long points) {
}

package org.minsheng.poll.domain;

import java.util.List;

/**
 * One answer as given: the question's number and, by its kind, the chosen option numbers, the
 * rating, the option numbers in order of preference, or the text. Unused parts are null.
 */
public record GivenAnswer(int question, List<Integer> choices, Integer rating, List<Integer> ranking, String text) {
}

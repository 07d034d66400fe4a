package org.minsheng.poll.api;

import java.util.List;

/** A question of a new poll: {@code kind} SINGLE, MULTIPLE, RATING, RANKING or TEXT. */
public record NewQuestion(String kind, String text, boolean required, Integer maxChoices, List<String> options) {
}

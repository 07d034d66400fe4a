package org.minsheng.poll.api;

import java.util.List;

/**
 * The answer to question {@code question}: {@code choices} (option numbers) for single and
 * multiple choice, {@code rating} 1–5, {@code ranking} every option number in order of preference,
 * or {@code text}.
 */
public record AnswerInput(int question, List<Integer> choices, Integer rating, List<Integer> ranking, String text) {
}

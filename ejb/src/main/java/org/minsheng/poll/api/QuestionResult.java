package org.minsheng.poll.api;

import java.util.List;

/**
 * The results of one question: respondents who answered it, each option's (or rating level's)
 * figures, the average rating for ratings, and the published free-text answers for text questions.
 */
public record QuestionResult(int number, String kind, String kindZh, String kindEn, String text, long respondents,
                             List<OptionResult> options, Double averageRating, List<String> texts) {
}

package org.minsheng.poll.api;

import java.util.List;

/** A poll's results: the number of responses and each question's figures. */
public record PollResults(PollView poll, long responses, List<QuestionResult> questions) {
}

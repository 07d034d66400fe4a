package org.minsheng.poll.api;

import java.time.Instant;
import java.util.List;

/**
 * A poll with its questions, as the person asking sees it: whether they already answered, whether
 * they may see the results now, and the challenge to solve when their network address is over
 * the poll's limit (null otherwise).
 */
public record PollView(String id, String departmentCode, String title, String description, String status,
                       String statusZh, String statusEn, String rule, String ruleZh, String ruleEn,
                       String resultsShown, String resultsShownZh, String resultsShownEn, Instant opensAt,
                       Instant closesAt, List<QuestionView> questions, boolean answered, boolean resultsVisible,
                       ChallengeView challenge) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}

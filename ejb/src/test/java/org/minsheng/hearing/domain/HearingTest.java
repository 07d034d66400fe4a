package org.minsheng.hearing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HearingTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofDays(30));
    private static final Instant DUE = CLOSES.plus(Duration.ofDays(14));

    private static Hearing hearing() {
        return new Hearing("h1", "zjj", "城市绿化管理办法", "目的", "依据", "方式", OPENS, CLOSES, null, DUE,
                new DraftVersion("v1", 1, "首次发布", OPENS, List.of(new DraftSection("总则", "第一条"))), "zjj-editor");
    }

    @Test
    void thirtyDaysNeedNoReasonAndLessDoes() {
        assertThat(Hearing.periodNeedsReason(OPENS, CLOSES)).isFalse();
        assertThat(Hearing.periodNeedsReason(OPENS, CLOSES.minusSeconds(1))).isTrue();
    }

    @Test
    void theHearingMovesFromCommentsToFeedbackToClosed() {
        Hearing h = hearing();
        assertThat(h.status(CLOSES.minusSeconds(1))).isEqualTo(HearingStatus.OPEN);
        assertThat(h.status(CLOSES)).isEqualTo(HearingStatus.AWAITING_FEEDBACK);
        h.publishFeedback(new Feedback(2, 1, 1, 0, "采纳", "部分", null, CLOSES.plusSeconds(60)));
        assertThat(h.status(CLOSES)).isEqualTo(HearingStatus.FEEDBACK_PUBLISHED);
        h.close();
        assertThat(h.status(CLOSES)).isEqualTo(HearingStatus.CLOSED);
    }

    @Test
    void lateFeedbackIsRemindedOnce() {
        Hearing h = hearing();
        assertThat(h.feedbackOverdue(DUE.minusSeconds(1))).isFalse();
        assertThat(h.feedbackOverdue(DUE)).isTrue();
        h.markReminded();
        assertThat(h.feedbackOverdue(DUE)).isFalse();
    }

    @Test
    void revisionsAddVersions() {
        Hearing h = hearing();
        h.revise(new DraftVersion("v2", 2, "第五条修改", OPENS.plusSeconds(60), List.of(new DraftSection("总则", "新"))));
        assertThat(h.current().number()).isEqualTo(2);
        assertThat(h.versions()).hasSize(2);
    }

    @Test
    void authorsAreShownWithTheFamilyNameOnly() {
        HearingComment c = new HearingComment("c", "h1", 1, 0, "张三丰", "13900000000", null, "意见", "意见", false, OPENS);
        assertThat(c.maskedAuthor()).isEqualTo("张**");
        assertThat(c.decide(true)).isTrue();
        assertThat(c.decide(false)).isFalse();
        assertThat(c.status()).isEqualTo(CommentStatus.APPROVED);
    }
}

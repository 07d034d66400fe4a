package org.minsheng.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

    private static CaseFile letter(boolean publicRequested) {
        return new CaseFile("id-1", "MS20261130-00001", "123456", Channel.LEADER_MAILBOX, "shizhang",
                "标题", "内容", "王小明", "13812345678", publicRequested, T0);
    }

    @Test
    void aDispatchedCaseCanBeAnsweredAndIsPublishedOnlyWhenTheResidentAgreed() {
        CaseFile open = letter(true);
        open.dispatchTo("zjj", T0);
        open.answer("答复", "办理员", true, T0.plusSeconds(60));
        assertThat(open.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(open.isPublished()).isTrue();

        CaseFile closed = letter(false);
        closed.dispatchTo("zjj", T0);
        closed.answer("答复", "办理员", true, T0.plusSeconds(60));
        assertThat(closed.isPublished()).isFalse();
    }

    @Test
    void aPublicAnswerToAMessageWithSensitiveWordsWaitsForAReviewer() {
        CaseFile c = letter(true);
        c.recordModeration("混蛋");
        c.dispatchTo("zjj", T0);
        c.answer("答复", "办理员", true, T0);
        assertThat(c.isHeldForReview()).isTrue();
        assertThat(c.isPublished()).isFalse();
        c.decidePublication(true);
        assertThat(c.isPublished()).isTrue();
        assertThatThrownBy(() -> c.decidePublication(false)).isInstanceOf(IllegalTransition.class);

        CaseFile privateAnswer = letter(true);
        privateAnswer.recordModeration("混蛋");
        privateAnswer.dispatchTo("zjj", T0);
        privateAnswer.answer("答复", "办理员", false, T0);
        assertThat(privateAnswer.isHeldForReview()).as("nothing to review when nothing is published").isFalse();
    }

    @Test
    void reportMailboxCasesAreNeverPublic() {
        CaseFile report = new CaseFile("id-2", "MS20261130-00002", "123456", Channel.REPORT_MAILBOX, null,
                "举报", "内容", null, null, true, T0);
        assertThat(report.publicRequested()).isFalse();
    }

    @Test
    void illegalTransitionsAreRefused() {
        CaseFile registered = letter(true);
        assertThatThrownBy(() -> registered.answer("答复", "x", true, T0)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("Registered");

        CaseFile answered = letter(true);
        answered.dispatchTo("zjj", T0);
        answered.answer("答复", "x", true, T0);
        assertThatThrownBy(() -> answered.answer("再答复", "x", true, T0)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> answered.dispatchTo("jtysj", T0)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void tooManyWrongQueryCodesLockTheLookupForAWhile() {
        CaseFile c = letter(true);
        assertThat(c.acceptsQueryCode("123456", T0)).isTrue();
        for (int i = 0; i < CaseFile.MAX_FAILED_LOOKUPS; i++) {
            assertThat(c.acceptsQueryCode("000000", T0)).isFalse();
        }
        assertThat(c.acceptsQueryCode("123456", T0.plusSeconds(60))).as("locked, even with the right code").isFalse();
        assertThat(c.acceptsQueryCode("123456", T0.plus(CaseFile.LOOKUP_LOCK).plusSeconds(1))).isTrue();
        assertThat(c.acceptsQueryCode(null, T0)).isFalse();
    }

    @Test
    void trackingNumbersCarryTheDayAndASequence() {
        assertThat(TrackingNumber.of(java.time.LocalDate.of(2026, 11, 30), 42)).isEqualTo("MS20261130-00042");
        assertThat(TrackingNumber.of(java.time.LocalDate.of(2026, 11, 30), 123456)).isEqualTo("MS20261130-123456");
        assertThat(TrackingNumber.isWellFormed("MS20261130-00042")).isTrue();
        assertThat(TrackingNumber.isWellFormed("MS2026-1")).isFalse();
        assertThat(TrackingNumber.isWellFormed("' or 1=1 --")).isFalse();
        assertThat(TrackingNumber.newQueryCode(new java.security.SecureRandom())).matches("\\d{6}");
    }
}

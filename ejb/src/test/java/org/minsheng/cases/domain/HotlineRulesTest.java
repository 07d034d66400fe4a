package org.minsheng.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The domain rules of staff-entered intake and co-handling clocks, at fixed instants. */
class HotlineRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

    private static CaseFile call() {
        return new CaseFile("id-1", "MS20261130-00001", "123456", Channel.HOTLINE_12345, null,
                "医保卡异地使用", "来电咨询医保卡能否在长沙使用", null, null, false, CaseType.CONSULTATION, T0);
    }

    @Test
    void anAnswerOnTheSpotAnswersAtOnceAndIsNeverPublished() {
        CaseFile c = call();

        c.answerOnTheSpot("可在长沙定点医院直接结算，需先备案。", "话务员", T0.plusSeconds(30));

        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(c.answer().text()).isEqualTo("可在长沙定点医院直接结算，需先备案。");
        assertThat(c.answer().answeredAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(c.answer().isPublished()).isFalse();
        assertThat(c.departmentCode()).isNull();
        assertThat(c.levelAt(T0.plus(Duration.ofDays(30)), 0.8)).as("no clock runs").isEqualTo(WarningLevel.NONE);
    }

    @Test
    void aRatingTakenOnAFollowUpVisitClosesAnOnTheSpotAnswer() {
        CaseFile c = call();
        c.answerOnTheSpot("答复", "话务员", T0);

        boolean reopened = c.rate(Satisfaction.SATISFIED, "讲得清楚", 1, 5, T0.plusSeconds(3600), null);

        assertThat(reopened).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.feedback().rating()).isEqualTo(4);
    }

    @Test
    void onlyANewCaseCanBeAnsweredOnTheSpot() {
        CaseFile c = call();
        c.dispatchTo("ybj", 5, T0, T0.plus(Duration.ofDays(7)));

        assertThatThrownBy(() -> c.answerOnTheSpot("答复", "话务员", T0)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void staffEnteredChannelsAreLabelled() {
        assertThat(Channel.STAFF_ENTERED).extracting(Channel::labelZh)
                .containsExactlyInAnyOrder("电话", "来信", "来访", "12345热线");
    }

    @Test
    void aCoHandlerIsRemindedOnItsOwnClockUntilItsOpinionIsIn() {
        CaseParticipant co = new CaseParticipant("id-1", "cgj", ParticipantRole.CO_HANDLER);
        Instant due = T0.plus(Duration.ofDays(10));
        co.startClock(T0, due);

        assertThat(co.levelAt(T0.plus(Duration.ofDays(7)), 0.8)).isEqualTo(WarningLevel.NONE);
        assertThat(co.levelAt(T0.plus(Duration.ofDays(8)), 0.8)).isEqualTo(WarningLevel.YELLOW);
        assertThat(co.levelAt(due.plusSeconds(1), 0.8)).isEqualTo(WarningLevel.RED);
        assertThat(co.raiseWarning(WarningLevel.YELLOW)).isTrue();
        assertThat(co.raiseWarning(WarningLevel.YELLOW)).as("raised once").isFalse();

        co.giveOpinion("同意", "城管局办理员", T0.plus(Duration.ofDays(9)));
        assertThat(co.levelAt(due.plusSeconds(1), 0.8)).as("opinion in").isEqualTo(WarningLevel.NONE);
    }

    @Test
    void aCopyHasNoClock() {
        CaseParticipant copy = new CaseParticipant("id-1", "jw", ParticipantRole.COPY);
        copy.startClock(T0, T0.plus(Duration.ofDays(1)));

        assertThat(copy.dueAt()).isNull();
        assertThat(copy.levelAt(T0.plus(Duration.ofDays(5)), 0.8)).isEqualTo(WarningLevel.NONE);
    }
}

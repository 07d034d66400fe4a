package org.minsheng.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");
    private static final Instant DUE = T0.plus(Duration.ofDays(10));

    private static CaseFile letter(boolean publicRequested) {
        return new CaseFile("id-1", "MS20261130-00001", "123456", Channel.LEADER_MAILBOX, "shizhang",
                "标题", "内容", "王小明", "13812345678", publicRequested, CaseType.COMPLAINT, T0);
    }

    private static CaseFile answered(boolean publicRequested, boolean publish) {
        CaseFile c = letter(publicRequested);
        c.dispatchTo("zjj", 15, T0, DUE);
        c.sign();
        c.submitReply("答复", "办理员", publish);
        c.approveReply(T0.plusSeconds(60));
        return c;
    }

    @Test
    void aReplyIsReviewedBeforeItAnswersAndIsPublishedOnlyWhenTheResidentAgreed() {
        CaseFile open = letter(true);
        open.dispatchTo("zjj", 15, T0, DUE);
        assertThat(open.acceptedAt()).as("dispatching accepts").isEqualTo(T0);
        open.sign();
        open.submitReply("答复", "办理员", true);
        assertThat(open.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(open.answer().text()).as("not shown before review").isNull();
        open.approveReply(T0.plusSeconds(60));
        assertThat(open.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(open.answer().text()).isEqualTo("答复");
        assertThat(open.answer().isPublished()).isTrue();

        assertThat(answered(false, true).answer().isPublished()).isFalse();
    }

    @Test
    void aReviewerSendsAReplyBackToTheHandler() {
        CaseFile c = letter(true);
        c.dispatchTo("zjj", 15, T0, DUE);
        c.submitReply("草稿", "办理员", true);
        c.sendBack("请补充整改时限");
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.statusNote()).isEqualTo("请补充整改时限");
        assertThatThrownBy(() -> c.approveReply(T0)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aPublicAnswerToAMessageWithSensitiveWordsWaitsForAReviewer() {
        CaseFile c = letter(true);
        c.recordSensitiveWords(List.of("混蛋"));
        c.dispatchTo("zjj", 15, T0, DUE);
        c.submitReply("答复", "办理员", true);
        c.approveReply(T0);
        assertThat(c.answer().isHeldForReview()).isTrue();
        assertThat(c.answer().isPublished()).isFalse();
        c.decidePublication(true);
        assertThat(c.answer().isPublished()).isTrue();
        assertThatThrownBy(() -> c.decidePublication(false)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void dissatisfactionReopensForRedoUntilTheLimitThenCloses() {
        CaseFile c = answered(true, true);
        Instant later = T0.plus(Duration.ofDays(3));
        boolean reopened = c.rate(Satisfaction.DISSATISFIED, "没有解决", 1, 15, later, later.plus(Duration.ofDays(20)));
        assertThat(reopened).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.feedback().redoCount()).isEqualTo(1);
        assertThat(c.timeLimit().dueAt()).as("a fresh time limit").isEqualTo(later.plus(Duration.ofDays(20)));
        assertThat(c.answer().isPublished()).as("the old answer leaves the board").isFalse();

        c.submitReply("再次答复", "办理员", true);
        c.approveReply(later.plusSeconds(60));
        boolean again = c.rate(Satisfaction.VERY_DISSATISFIED, null, 1, 15, later, later);
        assertThat(again).as("redo limit reached").isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.feedback().rating()).isEqualTo(1);
    }

    @Test
    void satisfactionCloses() {
        CaseFile c = answered(true, true);
        assertThat(c.rate(Satisfaction.SATISFIED, "很好", 2, 15, T0, T0)).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> c.rate(Satisfaction.SATISFIED, null, 2, 15, T0, T0))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aReturnedCaseGoesBackToTheDispatcherAndCanBeDispatchedElsewhere() {
        CaseFile c = letter(true);
        c.dispatchTo("zjj", 15, T0, DUE);
        c.returnToDispatcher("不属于本单位职责");
        assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(c.departmentCode()).isNull();
        assertThat(c.timeLimit().dueAt()).isNull();
        assertThat(c.returnCount()).isEqualTo(1);
        c.dispatchTo("jtysj", 15, T0.plusSeconds(5), DUE.plusSeconds(5));
        assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(c.departmentCode()).isEqualTo("jtysj");
    }

    @Test
    void aMergedCaseFollowsItsMaster() {
        CaseFile master = letter(true);
        CaseFile repeat = new CaseFile("id-2", "MS20261130-00002", "654321", Channel.MESSAGE_BOARD, null,
                "同一问题", "内容", null, null, true, CaseType.COMPLAINT, T0);
        repeat.mergeInto(master);
        assertThat(repeat.status()).isEqualTo(CaseStatus.MERGED);
        assertThat(repeat.masterCaseId()).isEqualTo("id-1");
        assertThatThrownBy(() -> master.mergeInto(repeat)).as("no chains").isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> master.mergeInto(master)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void notAcceptedIsFinal() {
        CaseFile c = letter(true);
        c.refuse(NotAcceptedReason.OUT_OF_SCOPE, null, T0);
        assertThat(c.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(c.isOpen()).isFalse();
        assertThatThrownBy(() -> c.dispatchTo("zjj", 15, T0, DUE)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void waitingForTheResidentStopsTheClock() {
        CaseFile c = letter(true);
        c.dispatchTo("zjj", 15, T0, DUE);
        c.requestSupplement("请提供照片", T0.plus(Duration.ofDays(2)));
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(c.levelAt(DUE.plus(Duration.ofDays(1)), 0.8)).as("no warning while paused")
                .isEqualTo(WarningLevel.NONE);
        c.supplementReceived(DUE.plus(Duration.ofDays(4)));
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.timeLimit().dueAt()).isEqualTo(DUE.plus(Duration.ofDays(4)));
    }

    @Test
    void warningsTurnYellowThenRedAndAreRaisedOnce() {
        CaseFile c = letter(true);
        c.dispatchTo("zjj", 15, T0, DUE);
        assertThat(c.levelAt(T0.plus(Duration.ofDays(5)), 0.8)).isEqualTo(WarningLevel.NONE);
        assertThat(c.levelAt(T0.plus(Duration.ofDays(8)), 0.8)).isEqualTo(WarningLevel.YELLOW);
        assertThat(c.levelAt(DUE.plusSeconds(1), 0.8)).isEqualTo(WarningLevel.RED);
        assertThat(c.raiseWarning(WarningLevel.YELLOW)).isTrue();
        assertThat(c.raiseWarning(WarningLevel.YELLOW)).isFalse();
        assertThat(c.raiseWarning(WarningLevel.RED)).isTrue();
        assertThat(c.raiseWarning(WarningLevel.YELLOW)).isFalse();
    }

    @Test
    void anExtensionMovesTheDueDateOnceGranted() {
        CaseFile c = letter(true);
        c.dispatchTo("zjj", 15, T0, DUE);
        c.requestExtension(5, "需要现场勘查");
        assertThatThrownBy(() -> c.requestExtension(3, "再次")).isInstanceOf(IllegalTransition.class);
        c.decideExtension(true, DUE.plus(Duration.ofDays(7)));
        assertThat(c.timeLimit().dueAt()).isEqualTo(DUE.plus(Duration.ofDays(7)));
        assertThat(c.timeLimit().limitDays()).isEqualTo(20);
        assertThat(c.timeLimit().extensionDays()).isNull();
        assertThatThrownBy(() -> c.decideExtension(true, DUE)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void reportMailboxCasesAreNeverPublic() {
        CaseFile report = new CaseFile("id-2", "MS20261130-00002", "123456", Channel.REPORT_MAILBOX, null,
                "举报", "内容", null, null, true, CaseType.REPORT, T0);
        assertThat(report.resident().publicRequested()).isFalse();
    }

    @Test
    void illegalTransitionsAreRefused() {
        CaseFile registered = letter(true);
        assertThatThrownBy(() -> registered.submitReply("答复", "x", true)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("Registered");
        assertThatThrownBy(registered::sign).isInstanceOf(IllegalTransition.class);

        CaseFile done = answered(true, true);
        assertThatThrownBy(() -> done.submitReply("再答复", "x", true)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> done.dispatchTo("jtysj", 15, T0, DUE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> done.returnToDispatcher("x")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void theTimeLimitDependsOnTheTypeAndUrgency() {
        TimeLimits limits = TimeLimits.defaults();
        assertThat(limits.limitFor(CaseType.CONSULTATION, false)).isEqualTo(5);
        assertThat(limits.limitFor(CaseType.COMPLAINT, false)).isEqualTo(15);
        assertThat(limits.limitFor(CaseType.REPORT, false)).isEqualTo(30);
        assertThat(limits.limitFor(CaseType.COMPLAINT, true)).isEqualTo(2);
        TimeLimits leaderFaster = new TimeLimits(TimeLimits.defaults().workingDays(),
                java.util.Map.of(TimeLimits.key(Channel.LEADER_MAILBOX, CaseType.COMPLAINT), 10), 2, 0.8, 2);
        assertThat(leaderFaster.limitFor(Channel.LEADER_MAILBOX, CaseType.COMPLAINT, false)).isEqualTo(10);
        assertThat(leaderFaster.limitFor(Channel.MESSAGE_BOARD, CaseType.COMPLAINT, false)).isEqualTo(15);
        assertThat(leaderFaster.limitFor(Channel.LEADER_MAILBOX, CaseType.COMPLAINT, true)).isEqualTo(2);
        assertThat(CaseType.of(Channel.CONSULTATION, "COMPLAINT")).isEqualTo(CaseType.CONSULTATION);
        assertThat(CaseType.of(Channel.MESSAGE_BOARD, "SUGGESTION")).isEqualTo(CaseType.SUGGESTION);
        assertThat(CaseType.of(Channel.MESSAGE_BOARD, "REPORT")).as("reports only by the report mailbox")
                .isEqualTo(CaseType.COMPLAINT);
    }

    @Test
    void tooManyWrongQueryCodesLockTheLookupForAWhile() {
        CaseFile c = letter(true);
        assertThat(c.acceptsQueryCode("123456", T0)).isTrue();
        for (int i = 0; i < QueryCodeGuard.MAX_FAILED_LOOKUPS; i++) {
            assertThat(c.acceptsQueryCode("000000", T0)).isFalse();
        }
        assertThat(c.acceptsQueryCode("123456", T0.plusSeconds(60))).as("locked, even with the right code").isFalse();
        assertThat(c.acceptsQueryCode("123456", T0.plus(QueryCodeGuard.LOOKUP_LOCK).plusSeconds(1))).isTrue();
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

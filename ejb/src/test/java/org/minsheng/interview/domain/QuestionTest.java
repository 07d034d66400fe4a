package org.minsheng.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private final Instant at = Instant.parse("2026-12-01T02:00:00Z");

    private Question question(String id) {
        return new Question(id, "i1", "viewer-0001", "网友", "12路周末能不能加密班次？", false, null, at);
    }

    @Test
    void approvedThenAnsweredKeepsBothPostNumbers() {
        Question q = question("q1");
        q.approve(7);
        assertThat(q.status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(q.shownSequence()).isEqualTo(7);
        q.answered(9);
        assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(q.answerSequence()).isEqualTo(9);
        assertThat(q.needsFollowUp()).isFalse();
    }

    @Test
    void onlyPendingQuestionsAreApprovedOrRejected() {
        Question q = question("q1");
        q.reject("与本期主题无关");
        assertThat(q.rejectReason()).isEqualTo("与本期主题无关");
        assertThatThrownBy(() -> q.approve(1)).isInstanceOf(IllegalQuestionTransition.class);
        assertThatThrownBy(() -> q.reject("again")).isInstanceOf(IllegalQuestionTransition.class);
        assertThatThrownBy(() -> q.answered(2)).isInstanceOf(IllegalQuestionTransition.class);
    }

    @Test
    void aPendingQuestionIsNotAnswered() {
        assertThatThrownBy(() -> question("q1").answered(3)).isInstanceOf(IllegalQuestionTransition.class)
                .extracting(e -> ((IllegalQuestionTransition) e).from()).isEqualTo(QuestionStatus.PENDING);
    }

    @Test
    void mergesIntoAnotherOpenQuestionOfTheSameInterview() {
        Question a = question("a");
        Question b = question("b");
        b.approve(3);
        a.mergeInto(b);
        assertThat(a.status()).isEqualTo(QuestionStatus.MERGED);
        assertThat(a.mergedInto()).isEqualTo("b");
        Question c = question("c");
        assertThatThrownBy(() -> c.mergeInto(c)).isInstanceOf(IllegalQuestionTransition.class);
        assertThatThrownBy(() -> c.mergeInto(a)).as("not into a merged one").isInstanceOf(IllegalQuestionTransition.class);
        Question other = new Question("o", "i2", "viewer-0002", "网友", "别的访谈", false, null, at);
        assertThatThrownBy(() -> c.mergeInto(other)).isInstanceOf(IllegalQuestionTransition.class);
    }

    @Test
    void editsArePendingOnlyAndKeepTheHistory() {
        Question q = question("q1");
        assertThat(q.edit("12路周末能不能加密班次？", "moderator", at)).as("no change, no edit").isFalse();
        assertThat(q.edit("12路周末能否加密班次？", "moderator", at.plusSeconds(5))).isTrue();
        assertThat(q.body()).isEqualTo("12路周末能否加密班次？");
        assertThat(q.originalBody()).isEqualTo("12路周末能不能加密班次？");
        assertThat(q.edits()).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("12路周末能不能加密班次？");
            assertThat(e.after()).isEqualTo("12路周末能否加密班次？");
            assertThat(e.editor()).isEqualTo("moderator");
        });
        q.approve(4);
        assertThatThrownBy(() -> q.edit("改", "moderator", at)).as("a shown post is never rewritten")
                .isInstanceOf(IllegalQuestionTransition.class);
    }

    @Test
    void unansweredApprovedQuestionsAreReferredOnce() {
        Question q = question("q1");
        assertThat(q.needsFollowUp()).isFalse();
        q.approve(2);
        assertThat(q.needsFollowUp()).isTrue();
        q.referredAsCase("MS20261201-00001", "123456", LocalDate.of(2026, 12, 8));
        assertThat(q.needsFollowUp()).isFalse();
        assertThat(q.caseTrackingNumber()).isEqualTo("MS20261201-00001");
        assertThatThrownBy(() -> q.referredAsCase("MS20261201-00002", "654321", LocalDate.of(2026, 12, 8)))
                .isInstanceOf(IllegalQuestionTransition.class);
    }
}

package org.minsheng.interview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.interview.api.AskReceipt;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.domain.PostKind;
import org.minsheng.interview.domain.PostPublished;
import org.minsheng.interview.domain.QuestionAnswered;
import org.minsheng.interview.domain.QuestionApproved;
import org.minsheng.interview.domain.QuestionAsked;
import org.minsheng.interview.domain.QuestionEdited;
import org.minsheng.interview.domain.QuestionMerged;
import org.minsheng.interview.domain.QuestionRejected;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.TooManyRequests;
import org.minsheng.shared.error.ValidationFailed;

/** A question from the resident through the moderators to a guest's answer on air. */
class QuestionModerationTest {

    private final InterviewFixture f = new InterviewFixture();
    private final QuestionModeration moderation = f.moderation;

    private String ask(String interviewId, String viewer, String text) {
        return moderation.ask(interviewId, viewer, "小李", text).questionId();
    }

    @Test
    void aQuestionWaitsForAModeratorAndOneWithSensitiveWordsIsHeld() {
        String id = f.live();
        int posts = f.repository.posts.size();

        AskReceipt plain = moderation.ask(id, "viewer-0001", "  小李 ", " 末班车能否延后？ ");
        AskReceipt sensitive = moderation.ask(id, "viewer-0002", "", "拆迁补偿什么时候发？");

        assertThat(plain.status()).isEqualTo("PENDING");
        assertThat(plain.held()).isFalse();
        assertThat(sensitive.held()).isTrue();
        QuestionView stored = f.queries.question(plain.questionId());
        assertThat(stored.nickname()).isEqualTo("小李");
        assertThat(stored.body()).isEqualTo("末班车能否延后？");
        assertThat(f.queries.question(sensitive.questionId()).nickname()).isEqualTo("网友");
        assertThat(f.queries.question(sensitive.questionId()).moderationNote()).isEqualTo("敏感词：拆迁");
        assertThat(f.repository.posts).as("nothing is shown before a moderator approves").hasSize(posts);
        assertThat(f.events.of(QuestionAsked.class)).extracting(QuestionAsked::held).containsExactly(false, true);
        assertThat(f.audit.entries).filteredOn(e -> e.action().equals("interview.question.ask"))
                .extracting(RecordingAudit.Entry::actor, RecordingAudit.Entry::detail)
                .containsExactly(tuple(AuditTrail.ANONYMOUS, id), tuple(AuditTrail.ANONYMOUS, id + " held"));
    }

    @Test
    void residentsAskBeforeTheStartButNotAfterTheEnd() {
        String announced = f.announced();
        assertThat(ask(announced, "viewer-0001", "几点开始？")).isNotBlank();

        String finished = f.live();
        f.hosting.finish(finished, "谢谢大家");
        assertThatThrownBy(() -> ask(finished, "viewer-0002", "还能问吗？")).isInstanceOf(Conflict.class);
    }

    @Test
    void aViewerAsksAtMostOnceInTenSeconds() {
        String id = f.live();
        ask(id, "viewer-0001", "第一个问题");

        assertThatThrownBy(() -> ask(id, "viewer-0001", "第二个问题")).isInstanceOf(TooManyRequests.class);
        assertThat(ask(id, "viewer-0002", "另一位市民的问题")).isNotBlank();
        f.clock.advance(Duration.ofSeconds(10));
        assertThat(ask(id, "viewer-0001", "十秒后的问题")).isNotBlank();
    }

    @Test
    void askingChecksEachField() {
        String id = f.live();
        ValidationFailed failed = catchThrowableOfType(
                () -> moderation.ask(id, "short", "名字太长了名字太长了名字太长了名字太长了名字太长了", " "), ValidationFailed.class);
        assertThat(failed.errors()).extracting(FieldError::field).containsExactly("viewerId", "nickname", "text");
        assertThat(f.repository.questions).isEmpty();
    }

    @Test
    void approvingShowsTheQuestionAsTheNextPost() {
        String id = f.live();
        String questionId = ask(id, "viewer-0001", "末班车能否延后？");
        f.caller.signIn("mod");

        QuestionView approved = moderation.approve(questionId);

        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.shownSequence()).isEqualTo(2L);
        assertThat(f.repository.posts).last().satisfies(p -> {
            assertThat(p.sequence()).isEqualTo(2);
            assertThat(p.kind()).isEqualTo(PostKind.QUESTION);
            assertThat(p.body()).isEqualTo("末班车能否延后？");
            assertThat(p.askerName()).isEqualTo("小李");
            assertThat(p.questionId()).isEqualTo(questionId);
        });
        assertThat(f.events.of(PostPublished.class)).extracting(PostPublished::sequence).containsExactly(1L, 2L);
        assertThat(f.events.of(QuestionApproved.class)).singleElement()
                .satisfies(e -> assertThat(e.shownSequence()).isEqualTo(2));
        assertThat(f.audit.entries).last().isEqualTo(new RecordingAudit.Entry("mod", "interview.question.approve",
                "interview-question", questionId, "#2"));
    }

    @Test
    void aQuestionIsDecidedOnce() {
        String id = f.live();
        String questionId = ask(id, "viewer-0001", "末班车能否延后？");
        f.caller.signIn("mod");
        moderation.reject(questionId, " 与本场主题无关 ");

        assertThat(f.queries.question(questionId).rejectReason()).isEqualTo("与本场主题无关");
        assertThat(f.events.of(QuestionRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("与本场主题无关"));
        Conflict conflict = catchThrowableOfType(() -> moderation.approve(questionId), Conflict.class);
        assertThat(conflict.titleZh()).contains("未通过");
        assertThat(conflict.titleEn()).contains("rejected");
        assertThatThrownBy(() -> moderation.reject(questionId, "")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aQuestionMergesIntoASimilarOne() {
        String id = f.live();
        String first = ask(id, "viewer-0001", "末班车能否延后？");
        String second = ask(id, "viewer-0002", "末班车太早了");
        f.caller.signIn("mod");

        QuestionView merged = moderation.merge(second, first);

        assertThat(merged.status()).isEqualTo("MERGED");
        assertThat(merged.mergedInto()).isEqualTo(first);
        assertThat(f.events.of(QuestionMerged.class)).singleElement()
                .satisfies(e -> assertThat(e.mergedInto()).isEqualTo(first));
        assertThatThrownBy(() -> moderation.merge(first, first)).isInstanceOf(Conflict.class);
    }

    @Test
    void anEditKeepsTheWordingBeforeAndRefusesAStaleVersion() {
        String id = f.live();
        String questionId = ask(id, "viewer-0001", "末班车能否眼后？");
        f.caller.signIn("mod");

        QuestionView edited = moderation.edit(questionId, "末班车能否延后？", 0);
        QuestionView unchanged = moderation.edit(questionId, "末班车能否延后？", 0);

        assertThat(edited.body()).isEqualTo("末班车能否延后？");
        assertThat(edited.originalBody()).isEqualTo("末班车能否眼后？");
        assertThat(unchanged.edits()).singleElement().satisfies(e -> {
            assertThat(e.editor()).isEqualTo("mod");
            assertThat(e.before()).isEqualTo("末班车能否眼后？");
            assertThat(e.editedAt()).isEqualTo(InterviewFixture.FRIDAY_MORNING);
        });
        assertThat(f.events.of(QuestionEdited.class)).as("an edit that changes nothing is not an event").hasSize(1);
        assertThat(f.audit.actions()).containsOnlyOnce("interview.question.edit");
        assertThatThrownBy(() -> moderation.edit(questionId, "又改了", 7)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyTheInterviewsGuestsAnswerAndTheAnswerLinksToTheQuestion() {
        String id = f.live();
        String questionId = ask(id, "viewer-0001", "末班车能否延后？");
        f.caller.signIn("mod");
        moderation.approve(questionId);

        f.caller.signIn("guest2");
        assertThatThrownBy(() -> moderation.answer(questionId, "我来答")).isInstanceOf(Forbidden.class);
        f.caller.signIn("guest");
        PostView answer = moderation.answer(questionId, " 下月起延后到23点。 ");

        assertThat(answer.kind()).isEqualTo("ANSWER");
        assertThat(answer.sequence()).isEqualTo(3);
        assertThat(answer.answerTo()).isEqualTo(2L);
        assertThat(answer.authorName()).isEqualTo("王局长");
        assertThat(answer.authorTitle()).isEqualTo("局长");
        assertThat(answer.body()).isEqualTo("下月起延后到23点。");
        assertThat(f.queries.question(questionId).status()).isEqualTo("ANSWERED");
        assertThat(f.events.of(QuestionAnswered.class)).singleElement()
                .satisfies(e -> assertThat(e.answerSequence()).isEqualTo(3));
        assertThatThrownBy(() -> moderation.answer(questionId, "再答一次")).isInstanceOf(Conflict.class);
    }

    @Test
    void anAdministratorAnswersInTheNameOfTheFirstGuest() {
        String id = f.live();
        String questionId = ask(id, "viewer-0001", "末班车能否延后？");
        f.caller.signIn("admin");
        moderation.approve(questionId);

        assertThat(moderation.answer(questionId, "导入的答复").authorName()).isEqualTo("王局长");
    }

    @Test
    void onlyApprovedQuestionsOfALiveInterviewAreAnswered() {
        String id = f.announced();
        String early = ask(id, "viewer-0001", "开始前的问题");
        f.caller.signIn("mod");
        moderation.approve(early);
        f.caller.signIn("guest");
        assertThatThrownBy(() -> moderation.answer(early, "还没开始")).isInstanceOf(Conflict.class)
                .hasMessageContaining("not live");

        f.caller.signIn("host");
        f.hosting.start(id);
        String pending = ask(id, "viewer-0002", "还在审核的问题");
        f.caller.signIn("guest");
        assertThatThrownBy(() -> moderation.answer(pending, "抢答")).isInstanceOf(Conflict.class);
    }
}

package org.minsheng.interview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minsheng.interview.api.ImageContent;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.domain.InterviewFinished;
import org.minsheng.interview.domain.InterviewStarted;
import org.minsheng.interview.domain.PostPublished;
import org.minsheng.interview.domain.QuestionReferred;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.UnsupportedType;
import org.minsheng.shared.error.ValidationFailed;

/** An interview on air: its start, the posts of the host and guests, and its end with the follow-ups. */
class InterviewHostingTest {

    private final InterviewFixture f = new InterviewFixture();
    private final InterviewHosting hosting = f.hosting;

    @Test
    void startingGoesLiveWithAnOpeningNotice() {
        String id = f.announced();
        f.caller.signIn("host");

        InterviewView live = hosting.start(id);

        assertThat(live.live()).isTrue();
        assertThat(live.startedAt()).isEqualTo(InterviewFixture.FRIDAY_MORNING);
        assertThat(live.lastSequence()).isEqualTo(1);
        assertThat(f.events.of(PostPublished.class)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("NOTICE");
            assertThat(p.authorName()).isEqualTo("主持人");
            assertThat(p.body()).contains("访谈开始");
        });
        assertThat(f.events.of(InterviewStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("公交线路优化"));
        assertThat(f.audit.entries).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("host");
            assertThat(e.action()).isEqualTo("interview.start");
        });
        assertThatThrownBy(() -> hosting.start(id)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> hosting.start("no-such-interview")).isInstanceOf(NotFound.class);
    }

    @Test
    void postsAreNumberedInOrderUnderTheInterviewsLock() {
        String id = f.live();
        int locks = f.repository.locks;

        PostView host = hosting.post(id, "欢迎各位网友", null, null);
        f.caller.signIn("guest");
        PostView guest = hosting.post(id, " 大家好 ", " ", null);

        assertThat(host.sequence()).isEqualTo(2);
        assertThat(host.kind()).isEqualTo("HOST");
        assertThat(host.authorName()).isEqualTo("李主持");
        assertThat(host.authorTitle()).isEqualTo("主持人");
        assertThat(guest.sequence()).isEqualTo(3);
        assertThat(guest.kind()).isEqualTo("GUEST");
        assertThat(guest.authorName()).isEqualTo("王局长");
        assertThat(guest.authorTitle()).isEqualTo("局长");
        assertThat(guest.body()).isEqualTo("大家好");
        assertThat(guest.imageUrl()).isNull();
        assertThat(f.repository.locks - locks).as("each post locks the interview's row").isEqualTo(2);
        assertThat(f.events.of(PostPublished.class)).extracting(PostPublished::sequence).containsExactly(1L, 2L, 3L);
        assertThat(f.audit.entries).last().satisfies(e -> assertThat(e.detail()).isEqualTo("#3"));
    }

    @Test
    void onlyTheHostAndTheInterviewsGuestsSpeak() {
        String id = f.live();
        f.caller.signIn("guest2");
        assertThatThrownBy(() -> hosting.post(id, "我也说两句", null, null)).isInstanceOf(Forbidden.class);
        f.caller.signIn("admin");
        assertThat(hosting.post(id, "管理员发言", null, null).kind()).isEqualTo("HOST");
    }

    @Test
    void anImageNeedsAKnownAddressAndATextAlternative() {
        String id = f.live();
        ValidationFailed failed = catchThrowableOfType(
                () -> hosting.post(id, "看图", "http://elsewhere.example/x.png", null), ValidationFailed.class);
        assertThat(failed.errors()).extracting(FieldError::field).containsExactly("imageUrl", "imageAlt");
        PostView post = hosting.post(id, "看图", "/static/map.png", "新线路图");
        assertThat(post.imageUrl()).isEqualTo("/static/map.png");
        assertThat(post.imageAlt()).isEqualTo("新线路图");
    }

    @Test
    void aPostWithANewImageStoresItAndLinksIt() {
        String id = f.live();

        PostView post = hosting.postWithImage(id, "新线路图", "map.png", "image/png", InterviewFixture.PNG, "线路图");

        String imageId = post.imageUrl().substring("/api/interviews/images/".length());
        ImageContent image = hosting.image(imageId);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.content()).isEqualTo(InterviewFixture.PNG);
        assertThat(image.sha256()).isEqualTo("sha256-of-map.png");
        assertThat(f.audit.actions()).containsSubsequence("interview.image.upload", "interview.post");
        assertThatThrownBy(() -> hosting.image("no-such-image")).isInstanceOf(NotFound.class);
    }

    @Test
    void nothingIsStoredWhenEitherPartOfAPostWithAnImageIsRefused() {
        String id = f.live();
        int posts = f.repository.posts.size();

        assertThatThrownBy(() -> hosting.postWithImage(id, "新线路图", "map.png", "image/png", InterviewFixture.PNG, ""))
                .isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> hosting.postWithImage(id, "新线路图", "map.pdf", "image/png", new byte[] {'%', 'P'},
                "线路图")).isInstanceOf(UnsupportedType.class);

        assertThat(f.repository.images).isEmpty();
        assertThat(f.repository.posts).hasSize(posts);
    }

    @Test
    void endingStopsPostingAndRefersTheApprovedQuestionsNotAnsweredOnAir() {
        String id = f.live();
        String answered = f.moderation.ask(id, "viewer-0001", "小李", "末班车能否延后？").questionId();
        String unanswered = f.moderation.ask(id, "viewer-0002", "老王", "站台能否加顶棚？").questionId();
        String pending = f.moderation.ask(id, "viewer-0003", "小张", "还没审核的问题").questionId();
        f.caller.signIn("mod");
        f.moderation.approve(answered);
        f.moderation.approve(unanswered);
        f.caller.signIn("guest");
        f.moderation.answer(answered, "下月起延后。");
        f.caller.signIn("host");

        InterviewView finished = hosting.finish(id, " 感谢参与 ");

        assertThat(finished.finished()).isTrue();
        assertThat(finished.summary()).isEqualTo("感谢参与");
        assertThat(f.repository.posts).last().satisfies(p -> assertThat(p.body()).contains("访谈结束"));
        assertThat(f.cases.referred).singleElement().satisfies(r -> {
            assertThat(r.departmentCode()).isEqualTo(InterviewFixture.DEPARTMENT);
            assertThat(r.submission().body()).isEqualTo("站台能否加顶棚？");
            assertThat(r.submission().residentName()).isEqualTo("老王");
            assertThat(r.submission().title()).isEqualTo("在线访谈未答复问题：公交线路优化");
        });
        assertThat(f.queries.question(unanswered).caseTrackingNumber()).isEqualTo("MS20261204-00001");
        assertThat(f.events.of(QuestionReferred.class)).extracting(QuestionReferred::questionId)
                .containsExactly(unanswered);
        assertThat(f.events.of(InterviewFinished.class)).singleElement()
                .satisfies(e -> assertThat(e.referredQuestions()).isEqualTo(1));
        assertThat(f.audit.entries).last().satisfies(e -> assertThat(e.detail()).isEqualTo("1 referred"));

        assertThatThrownBy(() -> hosting.post(id, "还有一句", null, null)).isInstanceOf(Conflict.class);
        f.caller.signIn("mod");
        assertThatThrownBy(() -> f.moderation.approve(pending)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> hosting.finish(id, "再结束一次")).isInstanceOf(Conflict.class);
    }

    @Test
    void theFollowUpIsDueFiveWorkingDaysAfterTheInterview() {
        assertThat(referredQuestionDue(new InterviewFixture())).as("Friday + 5 working days, over one weekend")
                .isEqualTo(LocalDate.of(2026, 12, 11));
        InterviewFixture withHoliday = new InterviewFixture();
        withHoliday.holidays.add(LocalDate.of(2026, 12, 8));
        assertThat(referredQuestionDue(withHoliday)).as("a holiday on Tuesday moves it past the next weekend")
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    private static LocalDate referredQuestionDue(InterviewFixture f) {
        String id = f.live();
        String questionId = f.moderation.ask(id, "viewer-0001", "小李", "站台能否加顶棚？").questionId();
        f.caller.signIn("mod");
        f.moderation.approve(questionId);
        f.caller.signIn("host");
        f.hosting.finish(id, "谢谢");
        return f.queries.question(questionId).caseDue();
    }

    @Test
    void theDemoLoaderPostsAsAGuestOnlyWhileLive() {
        String id = f.announced();
        assertThatThrownBy(() -> hosting.postAsGuest(id, 0, "太早了")).isInstanceOf(Conflict.class);
        f.caller.signIn("host");
        hosting.start(id);
        f.caller.signIn("admin");

        PostView post = hosting.postAsGuest(id, 0, "大家好");

        assertThat(post.kind()).isEqualTo("GUEST");
        assertThat(post.authorName()).isEqualTo("王局长");
        assertThat(f.audit.entries).last().satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }
}

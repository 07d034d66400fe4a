package org.minsheng.interview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minsheng.interview.api.FollowUpView;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.api.TranscriptView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;

/** What residents and staff read: the list, the stored stream, the transcript, the questions and the audience. */
class InterviewQueriesTest {

    private final InterviewFixture f = new InterviewFixture();
    private final InterviewQueries queries = f.queries;

    @Test
    void theListShowsTheMostRecentlyScheduledFirst() {
        String earlier = f.announced();
        f.caller.signIn("admin");
        String later = f.announcements.announce(new InterviewAnnouncements.NewInterview("下周访谈", "简介",
                InterviewFixture.DEPARTMENT, InterviewFixture.FRIDAY_MORNING.plus(Duration.ofDays(7)),
                List.of(new GuestView("王局长", "局长", null, null)), List.of()));

        assertThat(queries.list()).extracting(InterviewView::id).containsExactly(later, earlier);
        assertThatThrownBy(() -> queries.interview("no-such-interview")).isInstanceOf(NotFound.class);
    }

    @Test
    void historyResumesAfterAGivenNumberInPagesOfAtMostAThousand() {
        String id = f.live();
        for (int i = 1; i <= 4; i++) {
            f.hosting.post(id, "第" + i + "条", null, null);
        }

        assertThat(queries.history(id, 2, 2)).extracting(PostView::sequence).containsExactly(3L, 4L);
        assertThat(queries.history(id, -5, 0)).as("a page has at least one post and starts at 0")
                .extracting(PostView::sequence).containsExactly(1L);
        assertThat(queries.history(id, 0, 5000)).hasSize(5);
        assertThatThrownBy(() -> queries.history("no-such-interview", 0, 10)).isInstanceOf(NotFound.class);
    }

    @Test
    void theTranscriptHasEveryPostAndTheFollowUpOfEachQuestionNotAnsweredOnAir() {
        String id = f.live();
        String questionId = f.moderation.ask(id, "viewer-0001", "老王", "站台能否加顶棚？").questionId();
        f.caller.signIn("mod");
        f.moderation.approve(questionId);
        f.caller.signIn("host");
        f.hosting.finish(id, "谢谢");

        TranscriptView transcript = queries.transcript(id);

        assertThat(transcript.interview().finished()).isTrue();
        assertThat(transcript.posts()).extracting(PostView::kind).containsExactly("NOTICE", "QUESTION", "NOTICE");
        assertThat(transcript.followUps()).singleElement().satisfies(followUp -> {
            assertThat(followUp).isEqualTo(new FollowUpView(questionId, "老王", "站台能否加顶棚？", "MS20261204-00001",
                    InterviewFixture.DEPARTMENT, LocalDate.of(2026, 12, 11), null, null));
            assertThat(followUp.answered()).isFalse();
        });
    }

    @Test
    void questionsAreFilteredByStatus() {
        String id = f.live();
        String first = f.moderation.ask(id, "viewer-0001", "小李", "第一个").questionId();
        f.moderation.ask(id, "viewer-0002", "小王", "第二个");
        f.caller.signIn("mod");
        f.moderation.approve(first);

        assertThat(queries.questions(id, List.of("APPROVED"))).extracting(QuestionView::id).containsExactly(first);
        assertThat(queries.questions(id, List.of())).hasSize(2);
        assertThat(queries.questions(id, null)).hasSize(2);
        ValidationFailed failed = catchThrowableOfType(() -> queries.questions(id, List.of("DONE")),
                ValidationFailed.class);
        assertThat(failed.errors()).extracting(FieldError::field).containsExactly("status");
        assertThatThrownBy(() -> queries.question("no-such-question")).isInstanceOf(NotFound.class);
    }

    @Test
    void viewersAreSummedOverTheNodesHeardFromInTheLastTenSeconds() {
        f.viewerCounts.report("node-a", Map.of("i-1", 3));
        f.clock.advance(Duration.ofSeconds(6));
        assertThat(f.viewerCounts.report("node-b", Map.of("i-1", 4, "i-2", 1))).isEqualTo(Map.of("i-1", 7L, "i-2", 1L));

        f.clock.advance(Duration.ofSeconds(5));
        assertThat(f.viewerCounts.report("node-b", Map.of("i-1", 2))).as("node-a was last heard from 11 s ago")
                .isEqualTo(Map.of("i-1", 2L));
    }
}

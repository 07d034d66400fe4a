package org.minsheng.interview.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.minsheng.interview.domain.Guest;
import org.minsheng.interview.domain.IllegalQuestionTransition;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.PostKind;
import org.minsheng.interview.domain.Question;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.events.DomainEvent;

/**
 * What the interview's use-case services share: finding interviews and questions, the guards of
 * their states, and publishing posts. Every post is numbered under the interview's row lock,
 * stored, and written to the outbox in the same transaction (through the fired event), so what
 * viewers see is always in the database first and in the same order on every node.
 */
@Dependent
class InterviewRecords {

    /** The author of the stream's notices and the title of the host's posts. */
    static final String HOST_TITLE = "主持人";

    @Inject
    InterviewRepository interviews;

    @Inject
    Event<DomainEvent> events;

    Interview find(String id) {
        return interviews.byId(id).orElseThrow(InterviewRecords::noSuchInterview);
    }

    /** The interview with its row locked until the transaction ends, as numbering a post needs. */
    Interview locked(String id) {
        return interviews.lockedForPosting(id).orElseThrow(InterviewRecords::noSuchInterview);
    }

    Question question(String id) {
        return interviews.question(id).orElseThrow(() -> new NotFound("没有找到该问题", "No such question"));
    }

    /** A notice of the host, such as the start or end of the interview. */
    InterviewPost publishNotice(Interview interview, String text, Instant at) {
        return publish(new InterviewPost(interview.id(), interview.nextSequence(), PostKind.NOTICE, HOST_TITLE, null,
                text, null, null, null, null, null, at));
    }

    /** The host ({@link PostKind#HOST}) or a guest ({@link PostKind#GUEST}) speaks. */
    InterviewPost publishSpeech(Interview interview, PostKind kind, String author, String authorTitle, String text,
                         String imageUrl, String imageAlt, Instant at) {
        return publish(new InterviewPost(interview.id(), interview.nextSequence(), kind, author, authorTitle, text,
                imageUrl, imageAlt, null, null, null, at));
    }

    /** An approved question is shown on the stream. */
    InterviewPost publishQuestion(Interview interview, Question q, Instant at) {
        return publish(new InterviewPost(interview.id(), interview.nextSequence(), PostKind.QUESTION, q.nickname(),
                null, q.body(), null, null, q.id(), q.nickname(), null, at));
    }

    /** A guest's answer, linked to the post that showed the question. */
    InterviewPost publishAnswer(Interview interview, Guest guest, Question q, String text, Instant at) {
        return publish(new InterviewPost(interview.id(), interview.nextSequence(), PostKind.ANSWER, guest.name(),
                guest.title(), text, null, null, q.id(), q.nickname(), q.shownSequence(), at));
    }

    private InterviewPost publish(InterviewPost post) {
        interviews.add(post);
        events.fire(post.published());
        return post;
    }

    static void requireLive(Interview interview) {
        if (!interview.acceptsPosts()) {
            throw new Conflict("访谈不在直播中", "The interview is not live");
        }
    }

    /** Runs a step of a question's life; one its state does not allow is a conflict. */
    static void transition(Runnable step) {
        try {
            step.run();
        } catch (IllegalQuestionTransition e) {
            throw new Conflict("该问题当前状态（" + e.from().labelZh() + "）不允许此操作",
                    "Not allowed while the question is " + e.from().labelEn().toLowerCase());
        }
    }

    /** {@link #transition(Runnable)} for a step that tells whether it changed anything. */
    static boolean transitionResult(BooleanSupplier step) {
        boolean[] result = new boolean[1];
        transition(() -> result[0] = step.getAsBoolean());
        return result[0];
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static NotFound noSuchInterview() {
        return new NotFound("没有找到该访谈", "No such interview");
    }
}

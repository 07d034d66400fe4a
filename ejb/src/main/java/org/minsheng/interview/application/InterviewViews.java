package org.minsheng.interview.application;

import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.Question;

/** The interview's entities as the api records the other layers see. */
final class InterviewViews {

    private InterviewViews() {
    }

    static InterviewView interview(Interview i) {
        return new InterviewView(i.id(), i.title(), i.introduction(), i.departmentCode(), i.scheduledAt(),
                i.status().name(), i.status().labelZh(), i.status().labelEn(), i.startedAt(), i.finishedAt(),
                i.summary(), i.lastSequence(),
                i.guests().stream().map(g -> new GuestView(g.name(), g.title(), g.titleEn(), g.photoUrl())).toList());
    }

    static PostView post(InterviewPost p) {
        return new PostView(p.interviewId(), p.sequence(), p.kind().name(), p.authorName(), p.authorTitle(), p.body(),
                p.imageUrl(), p.imageAlt(), p.questionId(), p.askerName(), p.answerTo(), p.postedAt());
    }

    static QuestionView question(Question q) {
        return new QuestionView(q.id(), q.interviewId(), q.nickname(), q.body(), q.originalBody(), q.status().name(),
                q.status().labelZh(), q.status().labelEn(), q.held(), q.moderationNote(), q.rejectReason(),
                q.mergedInto(), q.shownSequence(), q.answerSequence(), q.caseTrackingNumber(), q.caseDue(),
                q.askedAt(), q.version(),
                q.edits().stream().map(e -> new QuestionView.EditView(e.editedAt(), e.editor(), e.before(), e.after()))
                        .toList());
    }
}

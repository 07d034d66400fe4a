package org.minsheng.interview.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.AskReceipt;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.domain.Guest;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.InterviewStatus;
import org.minsheng.interview.domain.Question;
import org.minsheng.interview.domain.QuestionAnswered;
import org.minsheng.interview.domain.QuestionApproved;
import org.minsheng.interview.domain.QuestionAsked;
import org.minsheng.interview.domain.QuestionEdited;
import org.minsheng.interview.domain.QuestionMerged;
import org.minsheng.interview.domain.QuestionRejected;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.ModerationHit;
import org.minsheng.nlp.api.ModerationReport;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.TooManyRequests;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.security.Caller;

/**
 * A resident's question on its way through the moderators (approve, reject, merge, correct) to a
 * guest's answer on air. Every question waits for a moderator; one with sensitive words is held
 * for a closer look.
 */
@Stateless
public class QuestionModeration {

    private static final Pattern VIEWER_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Inject
    Clock clock;

    @Inject
    InterviewRepository interviews;

    @Inject
    InterviewRecords records;

    @Inject
    QuestionGate gate;

    @Inject
    TextInsightsFacade insights;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Caller caller;

    @PermitAll
    public AskReceipt ask(String id, String viewerId, String nickname, String text) {
        String name = nickname == null || nickname.isBlank() ? "网友" : nickname.strip();
        new Validation()
                .require(viewerId != null && VIEWER_ID.matcher(viewerId).matches(), "viewerId",
                        "访客标识无效，请刷新页面", "Invalid viewer id; reload the page")
                .text(name, "nickname", "昵称", "Nickname", 20, false)
                .text(text, "text", "问题", "Question", 300, true)
                .throwIfInvalid();
        Interview interview = records.find(id);
        if (!interview.acceptsQuestions()) {
            throw new Conflict("访谈已结束，不再接受提问", "The interview has ended; questions are closed");
        }
        Instant now = clock.instant();
        if (!gate.admit(viewerId, now)) {
            throw new TooManyRequests("提问太频繁，请10秒后再试", "Too many questions; wait 10 seconds");
        }
        ModerationReport report = insights.moderate(text);
        boolean held = report.decision() == ModerationDecision.HOLD_FOR_REVIEW;
        String note = held ? report.hits().stream().map(ModerationHit::word).distinct()
                .collect(Collectors.joining("、", "敏感词：", "")) : null;
        Question question = new Question(UUID.randomUUID().toString(), id, viewerId, name, text.strip(), held,
                note == null ? null : InterviewRecords.truncate(note, 500), now);
        interviews.add(question);
        audit.record(AuditTrail.ANONYMOUS, "interview.question.ask", "interview-question", question.id(),
                id + (held ? " held" : ""));
        events.fire(new QuestionAsked(id, question.id(), held, now));
        return new AskReceipt(question.id(), question.status().name(), held);
    }

    /** The question is shown on the stream as the interview's next post. */
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView approve(String questionId) {
        Question q = records.question(questionId);
        Interview interview = records.locked(q.interviewId());
        if (interview.status() == InterviewStatus.FINISHED) {
            throw new Conflict("访谈已结束", "The interview has ended");
        }
        Instant now = clock.instant();
        long sequence = interview.lastSequence() + 1;
        InterviewRecords.transition(() -> q.approve(sequence));
        records.publishQuestion(interview, q, now);
        audit.record(caller.name(), "interview.question.approve", "interview-question", q.id(), "#" + sequence);
        events.fire(new QuestionApproved(q.interviewId(), q.id(), sequence, now));
        return InterviewViews.question(q);
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView reject(String questionId, String reason) {
        new Validation().text(reason, "reason", "不予采用的理由", "Reason", 200, true).throwIfInvalid();
        Question q = records.question(questionId);
        InterviewRecords.transition(() -> q.reject(reason.strip()));
        Instant now = clock.instant();
        audit.record(caller.name(), "interview.question.reject", "interview-question", q.id(), reason.strip());
        events.fire(new QuestionRejected(q.interviewId(), q.id(), reason.strip(), now));
        return InterviewViews.question(q);
    }

    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView merge(String questionId, String intoQuestionId) {
        Question q = records.question(questionId);
        Question target = records.question(intoQuestionId);
        InterviewRecords.transition(() -> q.mergeInto(target));
        Instant now = clock.instant();
        audit.record(caller.name(), "interview.question.merge", "interview-question", q.id(), "→ " + target.id());
        events.fire(new QuestionMerged(q.interviewId(), q.id(), target.id(), now));
        return InterviewViews.question(q);
    }

    /** Corrects obvious typos; the previous wording is kept in the edit history and the audit trail. */
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView edit(String questionId, String text, long expectedVersion) {
        new Validation().text(text, "text", "问题", "Question", 300, true).throwIfInvalid();
        Question q = records.question(questionId);
        if (q.version() != expectedVersion) {
            throw new Conflict("该问题已被他人修改，请刷新后重试", "The question was changed by someone else; reload and retry");
        }
        String before = q.body();
        String actor = caller.name();
        Instant now = clock.instant();
        boolean changed = InterviewRecords.transitionResult(() -> q.edit(text.strip(), actor, now));
        if (changed) {
            audit.record(actor, "interview.question.edit", "interview-question", q.id(),
                    InterviewRecords.truncate(before + " → " + q.body(), 1000));
            events.fire(new QuestionEdited(q.interviewId(), q.id(), actor, now));
        }
        return InterviewViews.question(q);
    }

    /** A guest answers an approved question; the answer post links to the question's post. */
    @RolesAllowed({Roles.GUEST, Roles.ADMIN})
    public PostView answer(String questionId, String text) {
        new Validation().text(text, "text", "答复", "Answer", 4000, true).throwIfInvalid();
        Question q = records.question(questionId);
        Interview interview = records.locked(q.interviewId());
        InterviewRecords.requireLive(interview);
        String username = caller.name();
        // Administrators (imports, the demo loader) answer in the name of the first guest.
        Guest guest = interview.guestFor(username)
                .or(() -> caller.isInRole(Roles.ADMIN) ? Optional.of(interview.guests().get(0)) : Optional.empty())
                .orElseThrow(() -> new Forbidden("您不是本场访谈的嘉宾", "You are not a guest of this interview"));
        Instant now = clock.instant();
        long sequence = interview.lastSequence() + 1;
        InterviewRecords.transition(() -> q.answered(sequence));
        InterviewPost post = records.publishAnswer(interview, guest, q, text.strip(), now);
        audit.record(username, "interview.question.answer", "interview-question", q.id(), "#" + sequence);
        events.fire(new QuestionAnswered(q.interviewId(), q.id(), sequence, now));
        return InterviewViews.post(post);
    }
}

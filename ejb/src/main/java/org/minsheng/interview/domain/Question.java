package org.minsheng.interview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident's question. PENDING → APPROVED (shown on the live page) → ANSWERED; PENDING →
 * REJECTED (with a reason); PENDING or APPROVED → MERGED into a similar question. Wording may be
 * corrected while PENDING, each edit kept. Approved questions still unanswered when
 * the interview ends are referred to the department as cases.
 */
@Entity
@Table(name = "interview_question")
public class Question {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "interview_id", nullable = false, length = 40)
    private String interviewId;

    @Column(name = "viewer_id", nullable = false, length = 64)
    private String viewerId;

    @Column(nullable = false, length = 40)
    private String nickname;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(name = "original_body", nullable = false, length = 1000)
    private String originalBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    /** Sensitive-word check asked for a moderator's closer look. */
    @Column(nullable = false)
    private boolean held;

    @Column(name = "moderation_note", length = 500)
    private String moderationNote;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Column(name = "merged_into", length = 40)
    private String mergedInto;

    @Column(name = "shown_seq")
    private Long shownSequence;

    @Column(name = "answer_seq")
    private Long answerSequence;

    @Column(name = "case_tracking_number", length = 30)
    private String caseTrackingNumber;

    @Column(name = "case_query_code", length = 6)
    private String caseQueryCode;

    @Column(name = "case_due")
    private LocalDate caseDue;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_question_edit", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "ord")
    private List<QuestionEdit> edits = new ArrayList<>();

    @Version
    private long version;

    protected Question() {
    }

    public Question(String id, String interviewId, String viewerId, String nickname, String body, boolean held,
                    String moderationNote, Instant askedAt) {
        this.id = id;
        this.interviewId = interviewId;
        this.viewerId = viewerId;
        this.nickname = nickname;
        this.body = body;
        this.originalBody = body;
        this.held = held;
        this.moderationNote = moderationNote;
        this.askedAt = askedAt;
        this.status = QuestionStatus.PENDING;
    }

    /** Approved and shown as post {@code sequence} of the live stream. */
    public void approve(long sequence) {
        require(status == QuestionStatus.PENDING, "approve");
        status = QuestionStatus.APPROVED;
        shownSequence = sequence;
    }

    public void reject(String reason) {
        require(status == QuestionStatus.PENDING, "reject");
        status = QuestionStatus.REJECTED;
        rejectReason = reason;
    }

    /** Folded into a similar question, which is answered for both. */
    public void mergeInto(Question target) {
        require(status == QuestionStatus.PENDING || status == QuestionStatus.APPROVED, "merge");
        if (target.id.equals(id) || !target.interviewId.equals(interviewId)
                || !(target.status == QuestionStatus.PENDING || target.status == QuestionStatus.APPROVED)) {
            throw new IllegalQuestionTransition(target.status, "merge into");
        }
        status = QuestionStatus.MERGED;
        mergedInto = target.id;
    }

    /**
     * Corrects obvious typos before the question is shown (a shown question is a numbered post,
     * never rewritten); returns false when nothing changed.
     */
    public boolean edit(String newBody, String editor, Instant at) {
        require(status == QuestionStatus.PENDING, "edit");
        if (newBody.equals(body)) {
            return false;
        }
        edits.add(new QuestionEdit(at, editor, body, newBody));
        body = newBody;
        return true;
    }

    /** Answered on air by post {@code sequence}. */
    public void answered(long sequence) {
        require(status == QuestionStatus.APPROVED, "answer");
        status = QuestionStatus.ANSWERED;
        answerSequence = sequence;
    }

    /** Approved, never answered on air, and not yet referred as a case. */
    public boolean needsFollowUp() {
        return status == QuestionStatus.APPROVED && caseTrackingNumber == null;
    }

    public void referredAsCase(String trackingNumber, String queryCode, LocalDate due) {
        require(needsFollowUp(), "refer");
        caseTrackingNumber = trackingNumber;
        caseQueryCode = queryCode;
        caseDue = due;
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new IllegalQuestionTransition(status, step);
        }
    }

    public String id() {
        return id;
    }

    public String interviewId() {
        return interviewId;
    }

    public String viewerId() {
        return viewerId;
    }

    public String nickname() {
        return nickname;
    }

    public String body() {
        return body;
    }

    public String originalBody() {
        return originalBody;
    }

    public QuestionStatus status() {
        return status;
    }

    public boolean held() {
        return held;
    }

    public String moderationNote() {
        return moderationNote;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public Long shownSequence() {
        return shownSequence;
    }

    public Long answerSequence() {
        return answerSequence;
    }

    public String caseTrackingNumber() {
        return caseTrackingNumber;
    }

    public String caseQueryCode() {
        return caseQueryCode;
    }

    public LocalDate caseDue() {
        return caseDue;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public List<QuestionEdit> edits() {
        return List.copyOf(edits);
    }

    public long version() {
        return version;
    }
}

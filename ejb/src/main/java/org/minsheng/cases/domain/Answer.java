package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The department's reply: the draft under review, then the answer the resident sees, and whether
 * it is shown on the public board or held for a reviewer because of sensitive words.
 */
@Embeddable
public class Answer {

    @Column(name = "draft_reply", length = 8000)
    private String draft;

    @Column(name = "draft_publish", nullable = false)
    private boolean draftPublish;

    @Column(name = "replied_by", length = 60)
    private String repliedBy;

    @Column(name = "reply", length = 8000)
    private String text;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "held_for_review", nullable = false)
    private boolean heldForReview;

    void draft(String text, String by, boolean publish) {
        draft = text;
        repliedBy = by;
        draftPublish = publish;
    }

    /**
     * The draft becomes the answer. It is published when both the resident and the department
     * want it, unless sensitive words make it wait for a reviewer.
     */
    void approve(Instant at, boolean publicRequested, boolean sensitive) {
        text = draft;
        answeredAt = at;
        boolean wanted = draftPublish && publicRequested;
        heldForReview = wanted && sensitive;
        published = wanted && !heldForReview;
    }

    /** A reopened case's old answer leaves the board. */
    void withdraw() {
        published = false;
        heldForReview = false;
    }

    void decidePublication(boolean publish) {
        heldForReview = false;
        published = publish;
    }

    public String draft() {
        return draft;
    }

    public String text() {
        return text;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isHeldForReview() {
        return heldForReview;
    }
}

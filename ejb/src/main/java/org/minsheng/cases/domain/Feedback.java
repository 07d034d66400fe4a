package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The resident's rating of the answer, and how often dissatisfaction reopened the case (重办). */
@Embeddable
public class Feedback {

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "redo_count", nullable = false)
    private int redoCount;

    void rate(Satisfaction satisfaction, String comment, Instant at) {
        rating = satisfaction.score();
        this.comment = comment;
        ratedAt = at;
    }

    /** Counts a redo if dissatisfaction may still reopen the case; returns whether it may. */
    boolean redo(Satisfaction satisfaction, int maxRedo) {
        if (satisfaction.isDissatisfied() && redoCount < maxRedo) {
            redoCount++;
            return true;
        }
        return false;
    }

    public Integer rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public int redoCount() {
        return redoCount;
    }
}

package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An open case that a new message probably repeats, with the similarity score. */
@Embeddable
public class PossibleDuplicate {

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "score", nullable = false)
    private double score;

    protected PossibleDuplicate() {
    }

    /** The score is kept to two decimals, as dispatchers are shown it. */
    public PossibleDuplicate(String trackingNumber, double score) {
        this.trackingNumber = trackingNumber;
        this.score = Math.round(score * 100) / 100.0;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public double score() {
        return score;
    }
}

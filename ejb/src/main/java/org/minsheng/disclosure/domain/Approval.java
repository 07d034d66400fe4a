package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One review level's sign-off of a document. */
@Embeddable
public class Approval {

    @Column(nullable = false, length = 60)
    private String approver;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    protected Approval() {
    }

    public Approval(String approver, Instant approvedAt) {
        this.approver = approver;
        this.approvedAt = approvedAt;
    }

    public String approver() {
        return approver;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}

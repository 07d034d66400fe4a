package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How a staff-entered case was taken: by whom and when, whether the caller stayed anonymous,
 * whether it was answered on the spot, and whether the receipt went out by SMS or was read out.
 * Kept beside the case file, which stays the same for every channel.
 */
@Entity
@Table(name = "hotline_call")
public class HotlineCall {

    @Id
    @Column(name = "case_id", length = 40)
    private String caseId;

    @Column(name = "taken_by", nullable = false, length = 60)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "answered_on_spot", nullable = false)
    private boolean answeredOnTheSpot;

    @Column(name = "receipt_by_sms", nullable = false)
    private boolean receiptBySms;

    protected HotlineCall() {
    }

    public HotlineCall(String caseId, String takenBy, Instant takenAt, boolean anonymous, boolean answeredOnTheSpot) {
        this.caseId = caseId;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.anonymous = anonymous;
        this.answeredOnTheSpot = answeredOnTheSpot;
    }

    public void receiptSentBySms() {
        receiptBySms = true;
    }

    public String caseId() {
        return caseId;
    }

    public String takenBy() {
        return takenBy;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public boolean answeredOnTheSpot() {
        return answeredOnTheSpot;
    }

    public boolean receiptBySms() {
        return receiptBySms;
    }
}

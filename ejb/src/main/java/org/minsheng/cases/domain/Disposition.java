package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * What the platform decided about the message and when: taken up or refused, the department that
 * holds it and how often one returned it, a merge into a master case, the leader's instruction,
 * the department's progress label, and the note the resident reads with the current status.
 * {@code CaseFile} checks the status before each change; this only keeps the facts consistent.
 */
@Embeddable
public class Disposition {

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_accepted_reason", length = 30)
    private NotAcceptedReason notAcceptedReason;

    /** What the resident is told with the current status (a reason, a request for material). */
    @Column(name = "status_note", length = 1000)
    private String statusNote;

    @Column(name = "sub_status", length = 40)
    private String subStatus;

    @Column(name = "leader_instruction", length = 1000)
    private String leaderInstruction;

    @Column(name = "master_case_id", length = 40)
    private String masterCaseId;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    void accepted(Instant at) {
        acceptedAt = at;
    }

    void refused(NotAcceptedReason reason, String note, Instant at) {
        notAcceptedReason = reason;
        statusNote = note;
        closedAt = at;
    }

    /** Dispatching takes the message up if that was not done before, and answers any earlier note. */
    void dispatched(String department, Instant at) {
        departmentCode = department;
        dispatchedAt = at;
        if (acceptedAt == null) {
            acceptedAt = at;
        }
        statusNote = null;
    }

    void returned(String reason) {
        returnCount++;
        statusNote = reason;
        departmentCode = null;
    }

    void note(String text) {
        statusNote = text;
    }

    void label(String subStatusCode) {
        subStatus = subStatusCode;
    }

    void instructed(String text) {
        leaderInstruction = text;
    }

    void mergedInto(String masterId) {
        masterCaseId = masterId;
    }

    void closed(Instant at) {
        closedAt = at;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public NotAcceptedReason notAcceptedReason() {
        return notAcceptedReason;
    }

    public String statusNote() {
        return statusNote;
    }

    public String subStatus() {
        return subStatus;
    }

    public String leaderInstruction() {
        return leaderInstruction;
    }

    public String masterCaseId() {
        return masterCaseId;
    }

    public int returnCount() {
        return returnCount;
    }
}

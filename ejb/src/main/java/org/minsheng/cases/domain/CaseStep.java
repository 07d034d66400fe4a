package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a case's timeline. Steps shown to the resident say what happened without naming
 * staff; the audit trail keeps who did what.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
    @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, length = 40)
    private String caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 4000)
    private String note;

    @Column(name = "shown_to_resident", nullable = false)
    private boolean shownToResident;

    protected CaseStep() {
    }

    public CaseStep(String caseId, Instant occurredAt, String actor, StepKind kind, String note) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = kind.name();
        this.note = note == null || note.length() <= 4000 ? note : note.substring(0, 4000);
        this.shownToResident = kind.shownToResident();
    }

    public Long id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public StepKind kind() {
        return StepKind.valueOf(action);
    }

    public String note() {
        return note;
    }

    public boolean shownToResident() {
        return shownToResident;
    }
}

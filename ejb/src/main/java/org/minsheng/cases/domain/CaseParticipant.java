package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A department co-handling a case (协办) or sent a copy of it (抄告). */
@Entity
@Table(name = "case_participant")
public class CaseParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_participant_seq")
    @SequenceGenerator(name = "case_participant_seq", sequenceName = "case_participant_seq", allocationSize = 20)
    private Long id;

    @Column(name = "case_id", nullable = false, length = 40)
    private String caseId;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ParticipantRole role;

    @Column(length = 4000)
    private String opinion;

    @Column(name = "opinion_by", length = 60)
    private String opinionBy;

    @Column(name = "opinion_at")
    private Instant opinionAt;

    /** The co-handling department's own time limit (协办期限); null for copies. */
    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level", nullable = false, length = 10)
    private WarningLevel warningLevel = WarningLevel.NONE;

    @Version
    private long version;

    protected CaseParticipant() {
    }

    public CaseParticipant(String caseId, String departmentCode, ParticipantRole role) {
        this.caseId = caseId;
        this.departmentCode = departmentCode;
        this.role = role;
    }

    /** A co-handling department's opinion; it may revise it until the lead department replies. */
    public void giveOpinion(String text, String by, Instant at) {
        if (role != ParticipantRole.CO_HANDLER) {
            throw new IllegalStateException("only co-handling departments give opinions");
        }
        opinion = text;
        opinionBy = by;
        opinionAt = at;
    }

    /** Gives a co-handling department its own due date, shorter than the lead department's. */
    public void startClock(Instant at, Instant due) {
        if (role == ParticipantRole.CO_HANDLER) {
            assignedAt = at;
            dueAt = due;
            warningLevel = WarningLevel.NONE;
        }
    }

    /**
     * Where the co-handler's opinion stands against its due date: yellow once {@code warningShare}
     * of the time is used, red when overdue, nothing once the opinion is in.
     */
    public WarningLevel levelAt(Instant now, double warningShare) {
        if (role != ParticipantRole.CO_HANDLER || opinionAt != null || assignedAt == null || dueAt == null) {
            return WarningLevel.NONE;
        }
        if (now.isAfter(dueAt)) {
            return WarningLevel.RED;
        }
        long total = java.time.Duration.between(assignedAt, dueAt).toMillis();
        long used = java.time.Duration.between(assignedAt, now).toMillis();
        return used >= total * warningShare ? WarningLevel.YELLOW : WarningLevel.NONE;
    }

    /** Raises the reminder level once; returns false when it is already there or beyond. */
    public boolean raiseWarning(WarningLevel level) {
        if (level.compareTo(warningLevel) <= 0) {
            return false;
        }
        warningLevel = level;
        return true;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public WarningLevel warningLevel() {
        return warningLevel;
    }

    public String caseId() {
        return caseId;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public ParticipantRole role() {
        return role;
    }

    public String opinion() {
        return opinion;
    }

    public String opinionBy() {
        return opinionBy;
    }

    public Instant opinionAt() {
        return opinionAt;
    }
}

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

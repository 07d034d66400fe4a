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
import java.time.Instant;

/**
 * A follow-up visit (回访): the rating and comment a member of staff took from the resident by
 * phone or in person. The rating itself is the case's, given through the same transition as an
 * online one; this is the record of how it was taken.
 */
@Entity
@Table(name = "follow_up_visit")
public class FollowUpVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_visit_seq")
    @SequenceGenerator(name = "follow_up_visit_seq", sequenceName = "follow_up_visit_seq", allocationSize = 20)
    private Long id;

    @Column(name = "case_id", nullable = false, length = 40)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VisitMethod method;

    @Column(nullable = false)
    private int rating;

    @Column(length = 500)
    private String comment;

    @Column(name = "visited_by", nullable = false, length = 60)
    private String visitedBy;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    protected FollowUpVisit() {
    }

    public FollowUpVisit(String caseId, VisitMethod method, Satisfaction rating, String comment, String visitedBy,
                         Instant visitedAt) {
        this.caseId = caseId;
        this.method = method;
        this.rating = rating.score();
        this.comment = comment;
        this.visitedBy = visitedBy;
        this.visitedAt = visitedAt;
    }

    public String caseId() {
        return caseId;
    }

    public VisitMethod method() {
        return method;
    }

    public Satisfaction rating() {
        return Satisfaction.ofScore(rating);
    }

    public String comment() {
        return comment;
    }

    public String visitedBy() {
        return visitedBy;
    }

    public Instant visitedAt() {
        return visitedAt;
    }
}

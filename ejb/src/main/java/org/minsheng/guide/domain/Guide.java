package org.minsheng.guide.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A service guide of a department under review (先审后发): drafted, submitted, then published by
 * the department's approver or sent back with a comment; a published guide is withdrawn to change.
 */
@Entity
@Table(name = "guide")
public class Guide {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guide_seq")
    @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 20)
    private Long id;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = 2000)
    private String eligibility;

    @Column(nullable = false, length = 4000)
    private String materials;

    @Column(nullable = false, length = 4000)
    private String steps;

    @Column(name = "time_limit", nullable = false, length = 200)
    private String timeLimit;

    @Column(nullable = false, length = 200)
    private String fees;

    @Column(name = "place_and_hours", nullable = false, length = 1000)
    private String placeAndHours;

    @Column(name = "legal_basis", nullable = false, length = 2000)
    private String legalBasis;

    @Column(length = 4000)
    private String faq;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guide_life_event", joinColumns = @JoinColumn(name = "guide_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "life_event", length = 20)
    private Set<LifeEvent> lifeEvents = EnumSet.noneOf(LifeEvent.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guide_form", joinColumns = @JoinColumn(name = "guide_id"))
    @OrderColumn(name = "position")
    private List<FormLink> forms = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuideStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "review_comment", length = 1000)
    private String reviewComment;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Guide() {
    }

    public Guide(String departmentCode, GuideText text, String by, Instant at) {
        this.departmentCode = departmentCode;
        this.status = GuideStatus.DRAFT;
        this.createdBy = by;
        apply(text, at);
    }

    public void revise(GuideText text, Instant at) {
        if (status != GuideStatus.DRAFT && status != GuideStatus.WITHDRAWN) {
            throw new IllegalGuideTransition(status, "修改", "edited");
        }
        status = GuideStatus.DRAFT;
        apply(text, at);
    }

    private void apply(GuideText t, Instant at) {
        title = t.title();
        summary = t.summary();
        eligibility = t.eligibility();
        materials = t.materials();
        steps = t.steps();
        timeLimit = t.timeLimit();
        fees = t.fees();
        placeAndHours = t.placeAndHours();
        legalBasis = t.legalBasis();
        faq = t.faq();
        lifeEvents.clear();
        lifeEvents.addAll(t.lifeEvents());
        forms.clear();
        forms.addAll(t.forms());
        revision++;
        updatedAt = at;
    }

    public void submit() {
        if (status != GuideStatus.DRAFT) {
            throw new IllegalGuideTransition(status, "送审", "submitted");
        }
        status = GuideStatus.IN_REVIEW;
        reviewComment = null;
    }

    public void publish(String comment, Instant at) {
        if (status != GuideStatus.IN_REVIEW) {
            throw new IllegalGuideTransition(status, "审核发布", "approved");
        }
        status = GuideStatus.PUBLISHED;
        reviewComment = comment;
        publishedAt = at;
    }

    public void reject(String comment) {
        if (status != GuideStatus.IN_REVIEW) {
            throw new IllegalGuideTransition(status, "退回", "sent back");
        }
        status = GuideStatus.DRAFT;
        reviewComment = comment;
    }

    public void withdraw(String reason) {
        if (status != GuideStatus.PUBLISHED) {
            throw new IllegalGuideTransition(status, "撤下", "withdrawn");
        }
        status = GuideStatus.WITHDRAWN;
        reviewComment = reason;
    }

    public boolean isPublic() {
        return status == GuideStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String eligibility() {
        return eligibility;
    }

    public String materials() {
        return materials;
    }

    public String steps() {
        return steps;
    }

    public String timeLimit() {
        return timeLimit;
    }

    public String fees() {
        return fees;
    }

    public String placeAndHours() {
        return placeAndHours;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String faq() {
        return faq;
    }

    public Set<LifeEvent> lifeEvents() {
        return lifeEvents.isEmpty() ? Set.of() : EnumSet.copyOf(lifeEvents);
    }

    public List<FormLink> forms() {
        return List.copyOf(forms);
    }

    public GuideStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}

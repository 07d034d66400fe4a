package org.minsheng.hearing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft put to the public: open for comments from publication to {@code closesAt}; then the
 * department owes its feedback by {@code feedbackDueAt}; only with the feedback published can the
 * hearing be closed. Each revision during the period is a new version with its change log.
 */
@Entity
@Table(name = "hearing")
public class Hearing {

    /** The shortest comment period without a stated reason. */
    public static final Duration MINIMUM_PERIOD = Duration.ofDays(30);

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String purpose;

    @Column(name = "legal_basis", nullable = false, length = 2000)
    private String legalBasis;

    @Column(name = "how_to_comment", nullable = false, length = 2000)
    private String howToComment;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "short_period_reason", length = 500)
    private String shortPeriodReason;

    @Column(name = "feedback_due_at", nullable = false)
    private Instant feedbackDueAt;

    /** The 催办 for late feedback was sent; kept under the version so two nodes never send it twice. */
    @Column(nullable = false)
    private boolean reminded;

    @Column(nullable = false)
    private boolean closed;

    @Embedded
    private Feedback feedback;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "hearing_id", nullable = false)
    @OrderBy("number")
    private List<DraftVersion> versions = new ArrayList<>();

    protected Hearing() {
    }

    public Hearing(String id, String departmentCode, String title, String purpose, String legalBasis,
                   String howToComment, Instant opensAt, Instant closesAt, String shortPeriodReason,
                   Instant feedbackDueAt, DraftVersion first, String createdBy) {
        this.id = id;
        this.departmentCode = departmentCode;
        this.title = title;
        this.purpose = purpose;
        this.legalBasis = legalBasis;
        this.howToComment = howToComment;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.shortPeriodReason = shortPeriodReason;
        this.feedbackDueAt = feedbackDueAt;
        this.versions.add(first);
        this.createdBy = createdBy;
    }

    /** Whether a period needs a stated reason: shorter than 30 days. */
    public static boolean periodNeedsReason(Instant opensAt, Instant closesAt) {
        return Duration.between(opensAt, closesAt).compareTo(MINIMUM_PERIOD) < 0;
    }

    public HearingStatus status(Instant now) {
        if (closed) {
            return HearingStatus.CLOSED;
        }
        if (feedback != null) {
            return HearingStatus.FEEDBACK_PUBLISHED;
        }
        return now.isBefore(closesAt) ? HearingStatus.OPEN : HearingStatus.AWAITING_FEEDBACK;
    }

    public void revise(DraftVersion next) {
        versions.add(next);
    }

    public void publishFeedback(Feedback given) {
        this.feedback = given;
    }

    public void close() {
        this.closed = true;
    }

    /** Late feedback not yet reminded of. */
    public boolean feedbackOverdue(Instant now) {
        return !reminded && status(now) == HearingStatus.AWAITING_FEEDBACK && !now.isBefore(feedbackDueAt);
    }

    public void markReminded() {
        this.reminded = true;
    }

    public DraftVersion current() {
        return versions.get(versions.size() - 1);
    }

    public String id() {
        return id;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String howToComment() {
        return howToComment;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public String shortPeriodReason() {
        return shortPeriodReason;
    }

    public Instant feedbackDueAt() {
        return feedbackDueAt;
    }

    public boolean reminded() {
        return reminded;
    }

    public Feedback feedback() {
        return feedback;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    public List<DraftVersion> versions() {
        return List.copyOf(versions);
    }
}

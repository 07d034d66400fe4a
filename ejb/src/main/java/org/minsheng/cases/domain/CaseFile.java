package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A resident's message and everything done with it. The transition methods are the only way to
 * change its status; each refuses a step the current status does not allow.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    /** Wrong query codes in a row before look-ups of this case are refused for a while. */
    public static final int MAX_FAILED_LOOKUPS = 10;
    public static final Duration LOOKUP_LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "tracking_number", nullable = false, unique = true, length = 30)
    private String trackingNumber;

    @Column(name = "query_code", nullable = false, length = 6)
    private String queryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Channel channel;

    @Column(name = "leader_code", length = 40)
    private String leaderCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "resident_name", length = 60)
    private String residentName;

    @Column(name = "resident_mobile", length = 20)
    private String residentMobile;

    @Column(name = "public_requested", nullable = false)
    private boolean publicRequested;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(length = 8000)
    private String reply;

    @Column(name = "replied_by", length = 60)
    private String repliedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(nullable = false)
    private boolean published;

    @Column(length = 40)
    private String category;

    private Double confidence;

    /** The classifier's top suggestions, {@code category|department|confidence} joined by {@code ;}. */
    @Column(length = 500)
    private String suggestions;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "urgency_reason", length = 200)
    private String urgencyReason;

    /** Open cases this one probably repeats, {@code trackingNumber|score} joined by {@code ;}. */
    @Column(length = 500)
    private String duplicates;

    /** Sensitive words found in the message; a public answer to it waits for a reviewer. */
    @Column(name = "moderation_hits", length = 200)
    private String moderationHits;

    @Column(name = "held_for_review", nullable = false)
    private boolean heldForReview;

    @Column(name = "failed_lookups", nullable = false)
    private int failedLookups;

    @Column(name = "lookup_locked_until")
    private Instant lookupLockedUntil;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String id, String trackingNumber, String queryCode, Channel channel, String leaderCode,
                    String title, String body, String residentName, String residentMobile,
                    boolean publicRequested, Instant receivedAt) {
        this.id = id;
        this.trackingNumber = trackingNumber;
        this.queryCode = queryCode;
        this.channel = channel;
        this.leaderCode = leaderCode;
        this.title = title;
        this.body = body;
        this.residentName = residentName;
        this.residentMobile = residentMobile;
        this.publicRequested = publicRequested && channel != Channel.REPORT_MAILBOX;
        this.status = CaseStatus.REGISTERED;
        this.receivedAt = receivedAt;
    }

    /** What text analysis found: category and confidence, suggestions, safety urgency. */
    public void recordAnalysis(String category, Double confidence, String suggestions, boolean urgent, String urgencyReason) {
        this.category = category;
        this.confidence = confidence;
        this.suggestions = suggestions == null || suggestions.length() <= 500 ? suggestions : suggestions.substring(0, 500);
        this.urgent = urgent;
        this.urgencyReason = urgencyReason == null || urgencyReason.length() <= 200 ? urgencyReason : urgencyReason.substring(0, 200);
    }

    public void recordModeration(String hits) {
        moderationHits = hits == null || hits.isBlank() ? null
                : hits.length() <= 200 ? hits : hits.substring(0, 200);
    }

    /**
     * A reviewer's decision on an answer held because the message contains sensitive words:
     * publish it, or keep it private.
     */
    public void decidePublication(boolean publish) {
        if (!heldForReview) {
            throw new IllegalTransition("审核发布", status);
        }
        heldForReview = false;
        published = publish;
    }

    public void recordDuplicates(String found) {
        duplicates = found == null || found.length() <= 500 ? found : found.substring(0, 500);
    }

    /** A dispatcher's decision replaces the classifier's category when it names one. */
    public void correctCategory(String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            category = chosen;
        }
    }

    public void dispatchTo(String department, Instant at) {
        if (status != CaseStatus.REGISTERED && status != CaseStatus.DISPATCHED) {
            throw new IllegalTransition("分办", status);
        }
        departmentCode = department;
        dispatchedAt = at;
        status = CaseStatus.DISPATCHED;
    }

    /**
     * The department's answer. It is shown on the public board only when the resident asked for a
     * public reply and the department publishes it; if the message contains sensitive words, the
     * publication waits for a reviewer.
     */
    public void answer(String text, String by, boolean publish, Instant at) {
        if (status != CaseStatus.DISPATCHED && status != CaseStatus.HANDLING) {
            throw new IllegalTransition("答复", status);
        }
        reply = text;
        repliedBy = by;
        answeredAt = at;
        boolean wanted = publish && publicRequested;
        heldForReview = wanted && moderationHits != null;
        published = wanted && !heldForReview;
        status = CaseStatus.ANSWERED;
    }

    /**
     * Checks a query code; counts failures and locks look-ups after too many, so that the 10⁶ codes
     * cannot be tried one by one.
     */
    public boolean acceptsQueryCode(String code, Instant now) {
        if (lookupLockedUntil != null && now.isBefore(lookupLockedUntil)) {
            return false;
        }
        boolean ok = code != null && MessageDigest.isEqual(
                queryCode.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
        if (ok) {
            failedLookups = 0;
        } else if (++failedLookups >= MAX_FAILED_LOOKUPS) {
            failedLookups = 0;
            lookupLockedUntil = now.plus(LOOKUP_LOCK);
        }
        return ok;
    }

    public String id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String queryCode() {
        return queryCode;
    }

    public Channel channel() {
        return channel;
    }

    public String leaderCode() {
        return leaderCode;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String residentName() {
        return residentName;
    }

    public String residentMobile() {
        return residentMobile;
    }

    public boolean publicRequested() {
        return publicRequested;
    }

    public CaseStatus status() {
        return status;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public String reply() {
        return reply;
    }

    public String repliedBy() {
        return repliedBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean isPublished() {
        return published;
    }

    public String category() {
        return category;
    }

    public Double confidence() {
        return confidence;
    }

    public String suggestions() {
        return suggestions;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String urgencyReason() {
        return urgencyReason;
    }

    public String moderationHits() {
        return moderationHits;
    }

    public boolean isHeldForReview() {
        return heldForReview;
    }

    public String duplicates() {
        return duplicates;
    }

    public boolean isOpen() {
        return status != CaseStatus.ANSWERED && status != CaseStatus.CLOSED;
    }

    public long version() {
        return version;
    }
}

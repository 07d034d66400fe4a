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

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 20)
    private CaseType caseType = CaseType.COMPLAINT;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_accepted_reason", length = 30)
    private NotAcceptedReason notAcceptedReason;

    /** What the resident is told with the current status (a reason, a request for material). */
    @Column(name = "status_note", length = 1000)
    private String statusNote;

    @Column(name = "leader_instruction", length = 1000)
    private String leaderInstruction;

    @Column(name = "draft_reply", length = 8000)
    private String draftReply;

    @Column(name = "draft_publish", nullable = false)
    private boolean draftPublish;

    @Column(name = "master_case_id", length = 40)
    private String masterCaseId;

    @Column(name = "redo_count", nullable = false)
    private int redoCount;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Column(name = "limit_days")
    private Integer limitDays;

    @Column(name = "clock_started_at")
    private Instant clockStartedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level", nullable = false, length = 10)
    private WarningLevel warningLevel = WarningLevel.NONE;

    /** A pending extension request: working days asked for and why. */
    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "sub_status", length = 40)
    private String subStatus;

    /** The registered resident who wrote it (principal name), or null for an anonymous message. */
    @Column(name = "resident_account", length = 60)
    private String residentAccount;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String id, String trackingNumber, String queryCode, Channel channel, String leaderCode,
                    String title, String body, String residentName, String residentMobile,
                    boolean publicRequested, CaseType caseType, Instant receivedAt) {
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
        this.caseType = caseType;
        this.receivedAt = receivedAt;
    }

    /** Links the message to the account of the signed-in resident who wrote it. */
    public void writtenBy(String residentPrincipal) {
        residentAccount = residentPrincipal;
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

    private void require(String action, CaseStatus... allowed) {
        for (CaseStatus a : allowed) {
            if (status == a) {
                return;
            }
        }
        throw new IllegalTransition(action, status);
    }

    /** The platform takes the message up (受理) without dispatching it yet. */
    public void accept(Instant at) {
        require("受理", CaseStatus.REGISTERED);
        acceptedAt = at;
        status = CaseStatus.ACCEPTED;
    }

    /** The platform declines the message (不予受理); the resident sees the reason. */
    public void refuse(NotAcceptedReason reason, String note, Instant at) {
        require("不予受理", CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.RETURNED);
        notAcceptedReason = reason;
        statusNote = note;
        closedAt = at;
        status = CaseStatus.NOT_ACCEPTED;
    }

    /**
     * Sends the case to its lead department (分办), or to another one (改派) before that department
     * took it up or after it returned the case. Dispatching accepts the case, and starts the time
     * limit afresh: the new department gets its full time.
     */
    public void dispatchTo(String department, int workingDays, Instant at, Instant due) {
        require("分办", CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.RETURNED, CaseStatus.DISPATCHED);
        departmentCode = department;
        dispatchedAt = at;
        if (acceptedAt == null) {
            acceptedAt = at;
        }
        statusNote = null;
        startClock(workingDays, at, due);
        status = CaseStatus.DISPATCHED;
    }

    private void startClock(int workingDays, Instant at, Instant due) {
        limitDays = workingDays;
        clockStartedAt = at;
        dueAt = due;
        pausedAt = null;
        warningLevel = WarningLevel.NONE;
        extensionDays = null;
        extensionReason = null;
    }

    /** The department takes the case up (签收). */
    public void sign() {
        require("签收", CaseStatus.DISPATCHED);
        status = CaseStatus.HANDLING;
    }

    /** The department sends a wrongly dispatched case back to the platform (退单). */
    public void returnToDispatcher(String reason) {
        require("退单", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        returnCount++;
        statusNote = reason;
        departmentCode = null;
        dueAt = null;
        clockStartedAt = null;
        warningLevel = WarningLevel.NONE;
        status = CaseStatus.RETURNED;
    }

    /** A handling step (核实, 整改, a note) is only recorded while the department handles the case. */
    public void requireHandling(String action) {
        require(action, CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        if (status == CaseStatus.DISPATCHED) {
            status = CaseStatus.HANDLING;
        }
    }

    public void labelProgress(String subStatusCode) {
        requireHandling("更新办理进展");
        subStatus = subStatusCode;
    }

    /** Asks the resident for more material (补充材料); the time limit stops until it arrives. */
    public void requestSupplement(String what, Instant at) {
        require("要求补充材料", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        statusNote = what;
        pausedAt = at;
        status = CaseStatus.AWAITING_SUPPLEMENT;
    }

    /** The resident's material arrived; the due date moves by the working days the case waited. */
    public void supplementReceived(Instant newDue) {
        require("补充材料", CaseStatus.AWAITING_SUPPLEMENT);
        pausedAt = null;
        statusNote = null;
        dueAt = newDue;
        warningLevel = WarningLevel.NONE;
        status = CaseStatus.HANDLING;
    }

    public void requestExtension(int days, String reason) {
        require("申请延期", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        if (extensionDays != null) {
            throw new IllegalTransition("重复申请延期", status);
        }
        extensionDays = days;
        extensionReason = reason;
    }

    /** A supervisor's decision on the pending extension; {@code newDue} is used when granted. */
    public void decideExtension(boolean grant, Instant newDue) {
        if (extensionDays == null) {
            throw new IllegalTransition("审批延期", status);
        }
        if (grant) {
            limitDays = limitDays == null ? extensionDays : limitDays + extensionDays;
            dueAt = newDue;
            warningLevel = WarningLevel.NONE;
        }
        extensionDays = null;
        extensionReason = null;
    }

    /** The handler's reply goes to review (审核) before the resident sees it. */
    public void submitReply(String text, String by, boolean publish) {
        require("提交答复", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        draftReply = text;
        repliedBy = by;
        draftPublish = publish;
        status = CaseStatus.IN_REVIEW;
    }

    /** The reviewer sends the reply back to the handler with what to change. */
    public void sendBack(String why) {
        require("退回修改", CaseStatus.IN_REVIEW);
        statusNote = why;
        status = CaseStatus.HANDLING;
    }

    /**
     * The reviewed reply becomes the answer (答复). It is shown on the public board only when the
     * resident asked for a public reply and the department publishes it; if the message contains
     * sensitive words, the publication waits for a reviewer.
     */
    public void approveReply(Instant at) {
        require("审核通过", CaseStatus.IN_REVIEW);
        reply = draftReply;
        answeredAt = at;
        boolean wanted = draftPublish && publicRequested;
        heldForReview = wanted && moderationHits != null;
        published = wanted && !heldForReview;
        statusNote = null;
        status = CaseStatus.ANSWERED;
    }

    /**
     * The resident's rating. Satisfied closes the case; dissatisfied reopens it for redo (重办) with
     * a fresh time limit, until {@code maxRedo} redos were done. Returns whether it was reopened.
     */
    public boolean rate(Satisfaction satisfaction, String comment, int maxRedo, int workingDays, Instant at,
                        Instant newDue) {
        require("评价", CaseStatus.ANSWERED);
        rating = satisfaction.score();
        ratingComment = comment;
        ratedAt = at;
        if (satisfaction.isDissatisfied() && redoCount < maxRedo) {
            redoCount++;
            reopen(workingDays, at, newDue);
            return true;
        }
        close(at);
        return false;
    }

    /** A follow-up question (追问) on an answer sends the case back to the department. */
    public void followUp(int workingDays, Instant at, Instant newDue) {
        require("追问", CaseStatus.ANSWERED);
        reopen(workingDays, at, newDue);
    }

    private void reopen(int workingDays, Instant at, Instant newDue) {
        published = false;
        heldForReview = false;
        startClock(workingDays, at, newDue);
        status = CaseStatus.HANDLING;
    }

    /** Closes an answered case the resident did not rate in time. */
    public void closeUnrated(Instant at) {
        require("办结", CaseStatus.ANSWERED);
        close(at);
    }

    private void close(Instant at) {
        closedAt = at;
        status = CaseStatus.CLOSED;
    }

    /** Merges this case into a master case (并单): the master's answer answers this one too. */
    public void mergeInto(CaseFile master) {
        require("并单", CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.RETURNED, CaseStatus.DISPATCHED,
                CaseStatus.HANDLING);
        if (master.id.equals(id) || master.masterCaseId != null || master.status == CaseStatus.NOT_ACCEPTED
                || master.status == CaseStatus.MERGED) {
            throw new IllegalTransition("并入该件", master.status);
        }
        masterCaseId = master.id;
        dueAt = null;
        warningLevel = WarningLevel.NONE;
        status = CaseStatus.MERGED;
    }

    /** A leader's instruction on a case (领导批示), shown to everyone who handles it. */
    public void instruct(String text) {
        if (!isOpen()) {
            throw new IllegalTransition("批示", status);
        }
        leaderInstruction = text;
    }

    /**
     * Where the case stands against its time limit at {@code now}: yellow once {@code warningShare}
     * of the time is used, red when overdue; nothing while the clock is stopped.
     */
    public WarningLevel levelAt(Instant now, double warningShare) {
        if (!CaseStatus.CLOCK_RUNNING.contains(status) || dueAt == null || clockStartedAt == null) {
            return WarningLevel.NONE;
        }
        if (now.isAfter(dueAt)) {
            return WarningLevel.RED;
        }
        long total = Duration.between(clockStartedAt, dueAt).toMillis();
        long used = Duration.between(clockStartedAt, now).toMillis();
        return used >= total * warningShare ? WarningLevel.YELLOW : WarningLevel.NONE;
    }

    /** Raises the supervision level; returns false when the case is already at it or beyond. */
    public boolean raiseWarning(WarningLevel level) {
        if (level.compareTo(warningLevel) <= 0) {
            return false;
        }
        warningLevel = level;
        return true;
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
        return !CaseStatus.FINISHED.contains(status);
    }

    public CaseType caseType() {
        return caseType;
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

    public String leaderInstruction() {
        return leaderInstruction;
    }

    public String draftReply() {
        return draftReply;
    }

    public boolean draftPublish() {
        return draftPublish;
    }

    public String masterCaseId() {
        return masterCaseId;
    }

    public int redoCount() {
        return redoCount;
    }

    public int returnCount() {
        return returnCount;
    }

    public Integer limitDays() {
        return limitDays;
    }

    public Instant clockStartedAt() {
        return clockStartedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public WarningLevel warningLevel() {
        return warningLevel;
    }

    public Integer extensionDays() {
        return extensionDays;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String subStatus() {
        return subStatus;
    }

    public String residentAccount() {
        return residentAccount;
    }

    public long version() {
        return version;
    }
}

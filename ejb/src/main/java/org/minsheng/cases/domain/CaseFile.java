package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A resident's message and everything done with it. The transition methods are the only way to
 * change its status; each refuses a step the current status does not allow. The parts that change
 * together are value objects of their own: the resident, the text analysis, the time limit, the
 * answer and the feedback.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "tracking_number", nullable = false, unique = true, length = 30)
    private String trackingNumber;

    @Embedded
    private QueryCodeGuard queryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Channel channel;

    @Column(name = "leader_code", length = 40)
    private String leaderCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 8000)
    private String body;

    @Embedded
    private Resident resident;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 20)
    private CaseType caseType = CaseType.COMPLAINT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    /** What the resident is told with the current status (a reason, a request for material). */
    @Column(name = "status_note", length = 1000)
    private String statusNote;

    @Column(name = "sub_status", length = 40)
    private String subStatus;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_accepted_reason", length = 30)
    private NotAcceptedReason notAcceptedReason;

    @Column(name = "leader_instruction", length = 1000)
    private String leaderInstruction;

    @Column(name = "master_case_id", length = 40)
    private String masterCaseId;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Embedded
    private TextFindings findings = new TextFindings();

    @Embedded
    private TimeLimit timeLimit = new TimeLimit();

    @Embedded
    private Answer answer = new Answer();

    @Embedded
    private Feedback feedback = new Feedback();

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String id, String trackingNumber, String queryCode, Channel channel, String leaderCode,
                    String title, String body, String residentName, String residentMobile,
                    boolean publicRequested, CaseType caseType, Instant receivedAt) {
        this.id = id;
        this.trackingNumber = trackingNumber;
        this.queryCode = new QueryCodeGuard(queryCode);
        this.channel = channel;
        this.leaderCode = leaderCode;
        this.title = title;
        this.body = body;
        this.resident = new Resident(residentName, residentMobile,
                publicRequested && channel != Channel.REPORT_MAILBOX);
        this.status = CaseStatus.REGISTERED;
        this.caseType = caseType;
        this.receivedAt = receivedAt;
    }

    /** Links the message to the account of the signed-in resident who wrote it. */
    public void writtenBy(String residentPrincipal) {
        resident.signedIn(residentPrincipal);
    }

    /** What text analysis found: category and confidence, suggestions, safety urgency. */
    public void recordAnalysis(String category, Double confidence, List<SuggestedRoute> suggestions, boolean urgent,
                               String urgencyReason) {
        findings.record(category, confidence, suggestions, urgent, urgencyReason);
    }

    public void recordSensitiveWords(List<String> words) {
        findings.recordSensitiveWords(words);
    }

    public void recordDuplicates(List<PossibleDuplicate> found) {
        findings.recordDuplicates(found);
    }

    /** A dispatcher's decision replaces the classifier's category when it names one. */
    public void correctCategory(String chosen) {
        findings.correctCategory(chosen);
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
        timeLimit.start(workingDays, at, due);
        status = CaseStatus.DISPATCHED;
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
        timeLimit.reset();
        status = CaseStatus.RETURNED;
    }

    /** A handling step (核实, 整改, a note) is only recorded while the department handles the case. */
    public void requireHandling(String action) {
        require(action, CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        status = CaseStatus.HANDLING;
    }

    public void labelProgress(String subStatusCode) {
        requireHandling("更新办理进展");
        subStatus = subStatusCode;
    }

    /** Asks the resident for more material (补充材料); the time limit stops until it arrives. */
    public void requestSupplement(String what, Instant at) {
        require("要求补充材料", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        statusNote = what;
        timeLimit.pause(at);
        status = CaseStatus.AWAITING_SUPPLEMENT;
    }

    /** The resident's material arrived; the due date moves by the working days the case waited. */
    public void supplementReceived(Instant newDue) {
        require("补充材料", CaseStatus.AWAITING_SUPPLEMENT);
        statusNote = null;
        timeLimit.resume(newDue);
        status = CaseStatus.HANDLING;
    }

    public void requestExtension(int days, String reason) {
        require("申请延期", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        if (timeLimit.hasPendingExtension()) {
            throw new IllegalTransition("重复申请延期", status);
        }
        timeLimit.requestExtension(days, reason);
    }

    /** A supervisor's decision on the pending extension; {@code newDue} is used when granted. */
    public void decideExtension(boolean grant, Instant newDue) {
        if (!timeLimit.hasPendingExtension()) {
            throw new IllegalTransition("审批延期", status);
        }
        timeLimit.decideExtension(grant, newDue);
    }

    /** The handler's reply goes to review (审核) before the resident sees it. */
    public void submitReply(String text, String by, boolean publish) {
        require("提交答复", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        answer.draft(text, by, publish);
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
        answer.approve(at, resident.publicRequested(), !findings.sensitiveWords().isEmpty());
        statusNote = null;
        status = CaseStatus.ANSWERED;
    }

    /** A reviewer's decision on an answer held because of sensitive words: publish it, or keep it private. */
    public void decidePublication(boolean publish) {
        if (!answer.isHeldForReview()) {
            throw new IllegalTransition("审核发布", status);
        }
        answer.decidePublication(publish);
    }

    /**
     * The resident's rating. Satisfied closes the case; dissatisfied reopens it for redo (重办) with
     * a fresh time limit, until {@code maxRedo} redos were done. Returns whether it was reopened.
     */
    public boolean rate(Satisfaction satisfaction, String comment, int maxRedo, int workingDays, Instant at,
                        Instant newDue) {
        require("评价", CaseStatus.ANSWERED);
        feedback.rate(satisfaction, comment, at);
        if (feedback.redo(satisfaction, maxRedo)) {
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
        answer.withdraw();
        timeLimit.start(workingDays, at, newDue);
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
        timeLimit.stop();
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
        return CaseStatus.CLOCK_RUNNING.contains(status) ? timeLimit.levelAt(now, warningShare) : WarningLevel.NONE;
    }

    /** Raises the supervision level; returns false when the case is already at it or beyond. */
    public boolean raiseWarning(WarningLevel level) {
        return timeLimit.raiseWarning(level);
    }

    /** Checks a query code; too many wrong ones lock look-ups of this case for a while. */
    public boolean acceptsQueryCode(String code, Instant now) {
        return queryCode.accepts(code, now);
    }

    public boolean isOpen() {
        return !CaseStatus.FINISHED.contains(status);
    }

    public String id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String queryCode() {
        return queryCode.code();
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

    public Resident resident() {
        return resident;
    }

    public CaseType caseType() {
        return caseType;
    }

    public CaseStatus status() {
        return status;
    }

    public String statusNote() {
        return statusNote;
    }

    public String subStatus() {
        return subStatus;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public NotAcceptedReason notAcceptedReason() {
        return notAcceptedReason;
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

    public TextFindings findings() {
        return findings;
    }

    public TimeLimit timeLimit() {
        return timeLimit;
    }

    public Answer answer() {
        return answer;
    }

    public Feedback feedback() {
        return feedback;
    }

    public long version() {
        return version;
    }
}

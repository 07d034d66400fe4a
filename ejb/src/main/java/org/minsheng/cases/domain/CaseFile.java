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

/**
 * A resident's message and everything done with it. The transition methods are the only way to
 * change its status; each refuses a step the current status does not allow. The parts that change
 * together are value objects of their own: the letter, the resident, the text analysis, the
 * platform's disposition, the time limit, the answer and the feedback. The channel stays here: it
 * decides who handles the case, who may see it and whether it can ever be public.
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

    @Embedded
    private Letter letter;

    @Embedded
    private Resident resident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Embedded
    private Disposition disposition = new Disposition();

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
        this.letter = new Letter(leaderCode, title, body, caseType);
        this.resident = new Resident(residentName, residentMobile,
                publicRequested && channel != Channel.REPORT_MAILBOX);
        this.status = CaseStatus.REGISTERED;
        this.receivedAt = receivedAt;
    }

    private void require(String action, CaseStatus... allowed) {
        for (CaseStatus a : allowed) {
            if (status == a) {
                return;
            }
        }
        throw new IllegalTransition(action, status);
    }

    /**
     * A consultation the call-taker answered from the FAQ and guides while the caller was on the
     * line (直接答复): the case is answered at once, never published, and may be rated by phone.
     */
    public void answerOnTheSpot(String text, String by, Instant at) {
        require("直接答复", CaseStatus.REGISTERED);
        answer.draft(text, by, false);
        answer.approve(at, false, false);
        status = CaseStatus.ANSWERED;
    }

    /** The platform takes the message up (受理) without dispatching it yet. */
    public void accept(Instant at) {
        require("受理", CaseStatus.REGISTERED);
        disposition.accepted(at);
        status = CaseStatus.ACCEPTED;
    }

    /** The platform declines the message (不予受理); the resident sees the reason. */
    public void refuse(NotAcceptedReason reason, String note, Instant at) {
        require("不予受理", CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.RETURNED);
        disposition.refused(reason, note, at);
        status = CaseStatus.NOT_ACCEPTED;
    }

    /**
     * Sends the case to its lead department (分办), or to another one (改派) before that department
     * took it up or after it returned the case. Dispatching accepts the case, and starts the time
     * limit afresh: the new department gets its full time.
     */
    public void dispatchTo(String department, int workingDays, Instant at, Instant due) {
        require("分办", CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.RETURNED, CaseStatus.DISPATCHED);
        disposition.dispatched(department, at);
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
        disposition.returned(reason);
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
        disposition.label(subStatusCode);
    }

    /** Asks the resident for more material (补充材料); the time limit stops until it arrives. */
    public void requestSupplement(String what, Instant at) {
        require("要求补充材料", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        disposition.note(what);
        timeLimit.pause(at);
        status = CaseStatus.AWAITING_SUPPLEMENT;
    }

    /** The resident's material arrived; the due date moves by the working days the case waited. */
    public void supplementReceived(Instant newDue) {
        require("补充材料", CaseStatus.AWAITING_SUPPLEMENT);
        disposition.note(null);
        timeLimit.resume(newDue);
        status = CaseStatus.HANDLING;
    }

    public void requestExtension(int days, String reason) {
        require("申请延期", CaseStatus.DISPATCHED, CaseStatus.HANDLING);
        if (!timeLimit.requestExtension(days, reason)) {
            throw new IllegalTransition("重复申请延期", status);
        }
    }

    /** A supervisor's decision on the pending extension; {@code newDue} is used when granted. */
    public void decideExtension(boolean grant, Instant newDue) {
        if (!timeLimit.decideExtension(grant, newDue)) {
            throw new IllegalTransition("审批延期", status);
        }
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
        disposition.note(why);
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
        disposition.note(null);
        status = CaseStatus.ANSWERED;
    }

    /** A reviewer's decision on an answer held because of sensitive words: publish it, or keep it private. */
    public void decidePublication(boolean publish) {
        if (!answer.decidePublication(publish)) {
            throw new IllegalTransition("审核发布", status);
        }
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
        disposition.closed(at);
        status = CaseStatus.CLOSED;
    }

    /** Merges this case into a master case (并单): the master's answer answers this one too. */
    public void mergeInto(CaseFile master) {
        require("并单", CaseStatus.REGISTERED, CaseStatus.ACCEPTED, CaseStatus.RETURNED, CaseStatus.DISPATCHED,
                CaseStatus.HANDLING);
        if (master.id.equals(id) || master.disposition.masterCaseId() != null
                || master.status == CaseStatus.NOT_ACCEPTED || master.status == CaseStatus.MERGED) {
            throw new IllegalTransition("并入该件", master.status);
        }
        disposition.mergedInto(master.id);
        timeLimit.stop();
        status = CaseStatus.MERGED;
    }

    /** A leader's instruction on a case (领导批示), shown to everyone who handles it. */
    public void instruct(String text) {
        if (!isOpen()) {
            throw new IllegalTransition("批示", status);
        }
        disposition.instructed(text);
    }

    /**
     * Where the case stands against its time limit at {@code now}: yellow once {@code warningShare}
     * of the time is used, red when overdue; nothing while the clock is stopped.
     */
    public WarningLevel levelAt(Instant now, double warningShare) {
        return CaseStatus.CLOCK_RUNNING.contains(status) ? timeLimit.levelAt(now, warningShare) : WarningLevel.NONE;
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

    public Letter letter() {
        return letter;
    }

    public Resident resident() {
        return resident;
    }

    public CaseStatus status() {
        return status;
    }

    /** The department that holds the case; read by nearly every access rule and notice. */
    public String departmentCode() {
        return disposition.departmentCode();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Disposition disposition() {
        return disposition;
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

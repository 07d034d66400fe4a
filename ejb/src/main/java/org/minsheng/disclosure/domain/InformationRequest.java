package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;

/**
 * An application for government information (依申请公开) and its statutory clock (条例 第三十条至
 * 第三十三条): a request to complete an unclear application may be sent once, within 7 working days
 * of receipt, and the clock starts again when the applicant completes it; the answer is due 20
 * working days after the clock started, plus at most one extension of up to 20 approved by the
 * body's head; consulting a third party (15 working days) stops the clock meanwhile. The applicant,
 * the clock and the answer are value objects of their own (same table, same columns).
 */
@Entity
@Table(name = "disclosure_request")
public class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_request_seq")
    @SequenceGenerator(name = "disclosure_request_seq", sequenceName = "disclosure_request_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(name = "query_code", nullable = false, length = 6)
    private String queryCode;

    @Column(name = "body_code", nullable = false, length = 40)
    private String bodyCode;

    @Embedded
    private RequestApplicant applicant;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryForm delivery;

    @Column(length = 60)
    private String account;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Embedded
    private RequestClock clock;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    /** Null until answered (all its columns are null then, and JPA loads it as null). */
    @Embedded
    private RequestAnswer answer;

    @Column(name = "fee_yuan", nullable = false)
    private int feeYuan;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected InformationRequest() {
    }

    public InformationRequest(String number, String queryCode, String bodyCode, RequestApplicant applicant,
                              String description, DeliveryForm delivery, String account, LocalDate receivedOn,
                              int feeYuan, Instant createdAt) {
        this.number = number;
        this.queryCode = queryCode;
        this.bodyCode = bodyCode;
        this.applicant = applicant;
        this.description = description;
        this.delivery = delivery;
        this.account = account;
        this.receivedOn = receivedOn;
        this.clock = new RequestClock(receivedOn);
        this.feeYuan = feeYuan;
        this.createdAt = createdAt;
        this.status = RequestStatus.RECEIVED;
    }

    /** The last day of the answer's time limit as things stand (a running consultation not yet counted). */
    public LocalDate dueOn(Workdays work) {
        return clock.dueOn(work);
    }

    /** The last day on which a request to complete may be sent. */
    public LocalDate completionDeadline(Workdays work) {
        return work.add(receivedOn, RequestClock.COMPLETION_REQUEST_DAYS);
    }

    /** The last day of a running consultation, or null. */
    public LocalDate consultationDue(Workdays work) {
        return status == RequestStatus.CONSULTING ? clock.consultationDue(work) : null;
    }

    /** Past the answer's time limit while the clock runs. */
    public boolean isLate(LocalDate today, Workdays work) {
        return status == RequestStatus.RECEIVED && today.isAfter(dueOn(work));
    }

    public void requestCompletion(String note, LocalDate today, Workdays work) {
        require(status == RequestStatus.RECEIVED && !clock.completionRequested(),
                "补正只能在办理中提出一次", "Completion can be requested once, while the application is in progress");
        require(!today.isAfter(completionDeadline(work)), "补正须在收到申请之日起7个工作日内一次性提出",
                "Completion must be requested within 7 working days of receipt");
        this.status = RequestStatus.AWAITING_COMPLETION;
        clock.requestCompletion(note, today);
    }

    /** The applicant completes the application; the clock starts again from today. */
    public void complete(String supplement, LocalDate today) {
        require(status == RequestStatus.AWAITING_COMPLETION, "申请不需要补正", "The application needs no completion");
        this.description = description + "\n【补正】" + supplement;
        clock.restart(today);
        this.status = RequestStatus.RECEIVED;
    }

    public void extend(int days, String reason, String approvedBy) {
        require(status == RequestStatus.RECEIVED || status == RequestStatus.CONSULTING,
                "只有办理中的申请可以延期", "Only an application in progress can be extended");
        clock.extend(days, reason, approvedBy);
    }

    public void startConsultation(String party, LocalDate today) {
        require(status == RequestStatus.RECEIVED && !clock.consulted(),
                "只有办理中的申请可以征求一次第三方意见", "A third party can be consulted once, while in progress");
        this.status = RequestStatus.CONSULTING;
        clock.startConsultation(party, today);
    }

    /** The third party answered (or its 15 days passed): the clock runs again, the pause not counted. */
    public void endConsultation(LocalDate today, Workdays work) {
        require(status == RequestStatus.CONSULTING, "没有进行中的第三方意见征求", "No consultation is running");
        clock.endConsultation(today, work);
        this.status = RequestStatus.RECEIVED;
    }

    /** What an answer says, as the handler gives it; {@link RequestAnswer} checks and keeps it. */
    public record Answer(AnswerType type, LegalReason reason, String text, String location, String otherBody) {
    }

    public void answer(Answer a, String by, LocalDate today) {
        require(status == RequestStatus.RECEIVED, "只有办理中的申请可以答复（征求意见须先结束）",
                "Only an application in progress can be answered (end the consultation first)");
        this.answer = new RequestAnswer(a, by, today);
        this.status = RequestStatus.ANSWERED;
    }

    private static void require(boolean ok, String zh, String en) {
        if (!ok) {
            throw new IllegalDocumentStep(zh, en);
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String queryCode() {
        return queryCode;
    }

    public String bodyCode() {
        return bodyCode;
    }

    public RequestApplicant applicant() {
        return applicant;
    }

    public String description() {
        return description;
    }

    public DeliveryForm delivery() {
        return delivery;
    }

    public String account() {
        return account;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public RequestClock clock() {
        return clock;
    }

    public RequestStatus status() {
        return status;
    }

    /** The answer given, or one whose every part is empty while there is none. */
    public RequestAnswer answer() {
        return answer == null ? RequestAnswer.NONE : answer;
    }

    public int feeYuan() {
        return feeYuan;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

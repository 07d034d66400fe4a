package org.minsheng.disclosure.domain;

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
import java.time.LocalDate;
import java.util.List;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * An application for government information (依申请公开) and its statutory clock (条例 第三十条至
 * 第三十三条): a request to complete an unclear application may be sent once, within 7 working days
 * of receipt, and the clock starts again when the applicant completes it; the answer is due 20
 * working days after the clock started, plus at most one extension of up to 20 approved by the
 * body's head; consulting a third party (15 working days) stops the clock meanwhile.
 */
@Entity
@Table(name = "disclosure_request")
public class InformationRequest {

    public static final int ANSWER_DAYS = 20;
    public static final int COMPLETION_REQUEST_DAYS = 7;
    public static final int MAX_EXTENSION_DAYS = 20;
    public static final int CONSULTATION_DAYS = 15;

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

    @Column(nullable = false)
    private boolean organisation;

    @Column(name = "applicant_name", nullable = false, length = 100)
    private String applicantName;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = 100)
    private String email;

    @Column(length = 200)
    private String address;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryForm delivery;

    @Column(length = 60)
    private String account;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "clock_start_on", nullable = false)
    private LocalDate clockStartOn;

    @Column(name = "completion_requested_on")
    private LocalDate completionRequestedOn;

    @Column(name = "completion_note", length = 1000)
    private String completionNote;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Column(name = "extension_approved_by", length = 60)
    private String extensionApprovedBy;

    @Column(name = "consulted_party", length = 200)
    private String consultedParty;

    @Column(name = "consultation_started_on")
    private LocalDate consultationStartedOn;

    @Column(name = "consultation_ended_on")
    private LocalDate consultationEndedOn;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", length = 30)
    private AnswerType answerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_reason", length = 30)
    private LegalReason legalReason;

    @Column(name = "answer_text", length = 4000)
    private String answerText;

    @Column(name = "answer_location", length = 300)
    private String answerLocation;

    @Column(name = "other_body", length = 100)
    private String otherBody;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "fee_yuan", nullable = false)
    private int feeYuan;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected InformationRequest() {
    }

    public record Applicant(boolean organisation, String name, String idNumber, String phone, String email,
                            String address) {
    }

    public InformationRequest(String number, String queryCode, String bodyCode, Applicant applicant,
                              String description, DeliveryForm delivery, String account, LocalDate receivedOn,
                              int feeYuan, Instant createdAt) {
        this.number = number;
        this.queryCode = queryCode;
        this.bodyCode = bodyCode;
        this.organisation = applicant.organisation();
        this.applicantName = applicant.name();
        this.idNumber = applicant.idNumber();
        this.phone = applicant.phone();
        this.email = applicant.email();
        this.address = applicant.address();
        this.description = description;
        this.delivery = delivery;
        this.account = account;
        this.receivedOn = receivedOn;
        this.clockStartOn = receivedOn;
        this.feeYuan = feeYuan;
        this.createdAt = createdAt;
        this.status = RequestStatus.RECEIVED;
    }

    /** The last day of the answer's time limit as things stand (a running consultation not yet counted). */
    public LocalDate dueOn(Workdays work) {
        return work.add(clockStartOn, ANSWER_DAYS + extensionDays + pausedDays);
    }

    /** The last day on which a request to complete may be sent. */
    public LocalDate completionDeadline(Workdays work) {
        return work.add(receivedOn, COMPLETION_REQUEST_DAYS);
    }

    /** The last day of a running consultation, or null. */
    public LocalDate consultationDue(Workdays work) {
        return status == RequestStatus.CONSULTING ? work.add(consultationStartedOn, CONSULTATION_DAYS) : null;
    }

    /** Past the answer's time limit while the clock runs. */
    public boolean isLate(LocalDate today, Workdays work) {
        return status == RequestStatus.RECEIVED && today.isAfter(dueOn(work));
    }

    public void requestCompletion(String note, LocalDate today, Workdays work) {
        require(status == RequestStatus.RECEIVED && completionRequestedOn == null,
                "补正只能在办理中提出一次", "Completion can be requested once, while the application is in progress");
        require(!today.isAfter(completionDeadline(work)), "补正须在收到申请之日起7个工作日内一次性提出",
                "Completion must be requested within 7 working days of receipt");
        this.status = RequestStatus.AWAITING_COMPLETION;
        this.completionRequestedOn = today;
        this.completionNote = note;
    }

    /** The applicant completes the application; the clock starts again from today. */
    public void complete(String supplement, LocalDate today) {
        require(status == RequestStatus.AWAITING_COMPLETION, "申请不需要补正", "The application needs no completion");
        this.description = description + "\n【补正】" + supplement;
        this.completedOn = today;
        this.clockStartOn = today;
        this.status = RequestStatus.RECEIVED;
    }

    public void extend(int days, String reason, String approvedBy) {
        require(status == RequestStatus.RECEIVED || status == RequestStatus.CONSULTING,
                "只有办理中的申请可以延期", "Only an application in progress can be extended");
        require(extensionDays == 0, "答复期限只能延长一次", "The time limit can be extended once");
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new ValidationFailed(List.of(new FieldError("days", "延长期限为1至20个工作日",
                    "An extension is 1 to 20 working days")));
        }
        this.extensionDays = days;
        this.extensionReason = reason;
        this.extensionApprovedBy = approvedBy;
    }

    public void startConsultation(String party, LocalDate today) {
        require(status == RequestStatus.RECEIVED && consultationStartedOn == null,
                "只有办理中的申请可以征求一次第三方意见", "A third party can be consulted once, while in progress");
        this.status = RequestStatus.CONSULTING;
        this.consultedParty = party;
        this.consultationStartedOn = today;
    }

    /** The third party answered (or its 15 days passed): the clock runs again, the pause not counted. */
    public void endConsultation(LocalDate today, Workdays work) {
        require(status == RequestStatus.CONSULTING, "没有进行中的第三方意见征求", "No consultation is running");
        this.pausedDays = work.between(consultationStartedOn, today);
        this.consultationEndedOn = today;
        this.status = RequestStatus.RECEIVED;
    }

    public record Answer(AnswerType type, LegalReason reason, String text, String location, String otherBody) {
    }

    public void answer(Answer a, String by, LocalDate today) {
        require(status == RequestStatus.RECEIVED, "只有办理中的申请可以答复（征求意见须先结束）",
                "Only an application in progress can be answered (end the consultation first)");
        List<FieldError> errors = new java.util.ArrayList<>();
        if (a.type() == AnswerType.ALREADY_PUBLIC && blank(a.location())) {
            errors.add(new FieldError("location", "请注明获取该信息的方式和途径", "Say where the information is public"));
        }
        if (a.type().needsReason() && a.reason() == null) {
            errors.add(new FieldError("reason", "请选择不予公开的法定理由", "Choose the legal reason"));
        }
        if (a.type() == AnswerType.OTHER_BODY && blank(a.otherBody())) {
            errors.add(new FieldError("otherBody", "请注明负责公开该信息的机关", "Name the body responsible"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        this.answerType = a.type();
        this.legalReason = a.type().needsReason() ? a.reason() : null;
        this.answerText = a.text();
        this.answerLocation = a.type() == AnswerType.ALREADY_PUBLIC ? a.location() : null;
        this.otherBody = a.type() == AnswerType.OTHER_BODY ? a.otherBody() : null;
        this.answeredOn = today;
        this.answeredBy = by;
        this.status = RequestStatus.ANSWERED;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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

    public boolean organisation() {
        return organisation;
    }

    public String applicantName() {
        return applicantName;
    }

    public String idNumber() {
        return idNumber;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
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

    public LocalDate clockStartOn() {
        return clockStartOn;
    }

    public LocalDate completionRequestedOn() {
        return completionRequestedOn;
    }

    public String completionNote() {
        return completionNote;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public int extensionDays() {
        return extensionDays;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public String extensionApprovedBy() {
        return extensionApprovedBy;
    }

    public String consultedParty() {
        return consultedParty;
    }

    public LocalDate consultationStartedOn() {
        return consultationStartedOn;
    }

    public LocalDate consultationEndedOn() {
        return consultationEndedOn;
    }

    public int pausedDays() {
        return pausedDays;
    }

    public RequestStatus status() {
        return status;
    }

    public AnswerType answerType() {
        return answerType;
    }

    public LegalReason legalReason() {
        return legalReason;
    }

    public String answerText() {
        return answerText;
    }

    public String answerLocation() {
        return answerLocation;
    }

    public String otherBody() {
        return otherBody;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answeredBy() {
        return answeredBy;
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

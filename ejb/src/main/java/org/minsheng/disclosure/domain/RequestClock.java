package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * The answer's statutory clock (条例 第三十条至第三十三条): 20 working days from its start, which a
 * completed application moves; plus one extension of at most 20; plus the working days a third
 * party's consultation stopped it. {@link InformationRequest} decides when each step is allowed.
 */
@Embeddable
public class RequestClock {

    public static final int ANSWER_DAYS = 20;
    public static final int COMPLETION_REQUEST_DAYS = 7;
    public static final int MAX_EXTENSION_DAYS = 20;
    public static final int CONSULTATION_DAYS = 15;

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

    protected RequestClock() {
    }

    RequestClock(LocalDate startOn) {
        this.clockStartOn = startOn;
    }

    /** The last day of the answer's time limit as things stand (a running consultation not yet counted). */
    public LocalDate dueOn(Workdays work) {
        return work.add(clockStartOn, ANSWER_DAYS + extensionDays + pausedDays);
    }

    /** The last day of the consultation started (whether or not it still runs). */
    LocalDate consultationDue(Workdays work) {
        return work.add(consultationStartedOn, CONSULTATION_DAYS);
    }

    boolean completionRequested() {
        return completionRequestedOn != null;
    }

    void requestCompletion(String note, LocalDate today) {
        this.completionRequestedOn = today;
        this.completionNote = note;
    }

    /** The applicant completed the application: the clock starts again from today. */
    void restart(LocalDate today) {
        this.completedOn = today;
        this.clockStartOn = today;
    }

    void extend(int days, String reason, String approvedBy) {
        if (extensionDays != 0) {
            throw new IllegalDocumentStep("答复期限只能延长一次", "The time limit can be extended once");
        }
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new ValidationFailed(List.of(new FieldError("days", "延长期限为1至20个工作日",
                    "An extension is 1 to 20 working days")));
        }
        this.extensionDays = days;
        this.extensionReason = reason;
        this.extensionApprovedBy = approvedBy;
    }

    boolean consulted() {
        return consultationStartedOn != null;
    }

    void startConsultation(String party, LocalDate today) {
        this.consultedParty = party;
        this.consultationStartedOn = today;
    }

    /** The pause is not counted: its working days are added to the time limit. */
    void endConsultation(LocalDate today, Workdays work) {
        this.pausedDays = work.between(consultationStartedOn, today);
        this.consultationEndedOn = today;
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
}

package org.minsheng.disclosure.api;

import java.time.LocalDate;

/** An application with its clock and, once answered, its answer. Shown to its applicant and the body's staff. */
public record RequestView(String number, String bodyCode, String bodyName, boolean organisation, String applicantName,
                          String description, String delivery, String deliveryZh, String deliveryEn,
                          String status, String statusZh, String statusEn, LocalDate receivedOn,
                          LocalDate clockStartOn, LocalDate dueOn, boolean late, LocalDate completionDeadline,
                          LocalDate completionRequestedOn, String completionNote, LocalDate completedOn,
                          int extensionDays, String extensionReason, String consultedParty,
                          LocalDate consultationStartedOn, LocalDate consultationDue, LocalDate consultationEndedOn,
                          int pausedDays, String answerType, String answerTypeZh, String answerTypeEn,
                          String legalReason, String legalReasonZh, String legalReasonEn, String answerText,
                          String answerLocation, String otherBody, LocalDate answeredOn, int feeYuan, long version) {

    public boolean answered() {
        return "ANSWERED".equals(status);
    }
}

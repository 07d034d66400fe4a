package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.domain.AnswerType;
import org.minsheng.disclosure.domain.DeliveryForm;
import org.minsheng.disclosure.domain.InformationRequest;
import org.minsheng.disclosure.domain.InformationRequestRepository;
import org.minsheng.disclosure.domain.RequestApplicant;
import org.minsheng.disclosure.domain.LegalReason;
import org.minsheng.disclosure.domain.Workdays;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.security.Caller;

/**
 * Applications received before the platform (the demo's, a migration), brought to the state they
 * were in: in progress, awaiting completion, consulting a third party, or answered.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RequestImport {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** An imported application: who, to whom, what, when, and how far it got. */
    public record Imported(String bodyCode, String applicantName, String idNumber, String description,
                           LocalDate receivedOn, String state, String answerType, String reasonOrDetail) {
    }

    @Inject
    InformationRequestRepository requests;

    @Inject
    Workdays work;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public String importRequest(Imported i, int serial) {
        String number = i.bodyCode() + "-" + i.receivedOn().getYear() + "-" + String.format(Locale.ROOT, "%05d", serial);
        InformationRequest r = new InformationRequest(number, String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000)),
                i.bodyCode(), new RequestApplicant(false, i.applicantName(), i.idNumber(), "13800000000",
                        null, null), i.description(), DeliveryForm.DOWNLOAD, null, i.receivedOn(), 0, clock.instant());
        LocalDate next = work.add(i.receivedOn(), 2);
        switch (i.state()) {
            case "AWAITING_COMPLETION" -> r.requestCompletion(i.reasonOrDetail(), next, work);
            case "CONSULTING" -> r.startConsultation(i.reasonOrDetail(), next);
            case "ANSWERED" -> {
                AnswerType type = AnswerType.valueOf(i.answerType());
                r.answer(new InformationRequest.Answer(type,
                        type.needsReason() ? LegalReason.valueOf(i.reasonOrDetail()) : null, null,
                        type == AnswerType.ALREADY_PUBLIC ? i.reasonOrDetail() : null,
                        type == AnswerType.OTHER_BODY ? i.reasonOrDetail() : null), caller.name(),
                        work.add(i.receivedOn(), 12));
            }
            default -> { }
        }
        requests.add(r);
        audit.record(caller.name(), "disclosure.request.import", InformationRequests.SUBJECT, number, i.state());
        return number;
    }
}

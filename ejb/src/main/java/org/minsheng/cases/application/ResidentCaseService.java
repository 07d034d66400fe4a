package org.minsheng.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.MyMessage;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReopened;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStepRecorded;
import org.minsheng.cases.domain.Satisfaction;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.security.Caller;

/**
 * The resident's side of a case after it was registered: "my messages" for a signed-in resident,
 * and, with the tracking number and query code, supplying material, asking a follow-up question
 * and rating the answer.
 */
@Stateless
public class ResidentCaseService {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseViewer viewer;

    @Inject
    Caller caller;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseAnalyser analyser;

    @Inject
    CaseNotices notices;

    @Inject
    Event<DomainEvent> events;

    @Inject
    PublicAnswers publicAnswers;

    @Inject
    Ratings ratings;

    /** "My messages": everything the signed-in resident wrote, newest first. */
    @RolesAllowed(ResidentPrincipal.ROLE)
    public List<MyMessage> myMessages() {
        return cases.writtenBy(caller.name(), 200).stream()
                .map(c -> new MyMessage(c.trackingNumber(), c.letter().title(), c.channel().labelZh(),
                        c.channel().labelEn(), c.status().name(), c.status().labelZh(), c.status().labelEn(),
                        c.receivedAt(), c.answer().answeredAt()))
                .toList();
    }

    /** One of the signed-in resident's own messages, without the query code. */
    @RolesAllowed(ResidentPrincipal.ROLE)
    public Optional<CaseDetails> myMessage(String trackingNumber) {
        return access.writtenByCaller(trackingNumber).map(viewer::forResident);
    }

    /** The resident supplies the material the department asked for (补充材料); the clock runs again. */
    @PermitAll
    public Optional<CaseDetails> supplement(String trackingNumber, String queryCode, String text) {
        new Validation().text(text, "text", "补充内容", "Supplement", 2000, true).throwIfInvalid();
        Optional<CaseFile> found = access.withQueryCode(trackingNumber, queryCode);
        found.ifPresent(c -> {
            Instant now = clock.instant();
            c.supplementReceived(caseClock.pushedBy(c.timeLimit().dueAt(), c.timeLimit().pausedAt(), now));
            steps.recorded(c, now, AuditTrail.ANONYMOUS, StepKind.SUPPLEMENTED, text.strip(), "case.supplement", null);
            events.fire(new CaseStepRecorded(c.id(), c.departmentCode(), StepKind.SUPPLEMENTED, AuditTrail.ANONYMOUS, now));
            notices.toDepartment(c, "群众已补充材料：" + c.trackingNumber(), text.strip());
        });
        return found.map(viewer::forResident);
    }

    /** A follow-up question on an answer (追问) sends the case back to its department. */
    @PermitAll
    public Optional<CaseDetails> followUp(String trackingNumber, String queryCode, String text) {
        new Validation().text(text, "text", "追问内容", "Follow-up question", 1000, true).throwIfInvalid();
        Optional<CaseFile> found = access.withQueryCode(trackingNumber, queryCode);
        found.ifPresent(c -> {
            Instant now = clock.instant();
            int days = caseClock.limitFor(c);
            c.followUp(days, now, caseClock.dueFrom(now, days));
            publicAnswers.sync(c);
            steps.recorded(c, now, AuditTrail.ANONYMOUS, StepKind.FOLLOW_UP, text.strip(), "case.follow-up", null);
            events.fire(new CaseReopened(c.id(), c.departmentCode(), "follow-up", now));
            notices.toDepartment(c, "群众追问：" + c.trackingNumber(), text.strip());
        });
        return found.map(viewer::forResident);
    }

    /**
     * The resident rates the answer (five levels). The two lowest reopen the case for redo (重办)
     * with a fresh time limit, at most {@code minsheng.cases.max-redo} times.
     */
    @PermitAll
    public Optional<CaseDetails> rate(String trackingNumber, String queryCode, Integer score, String comment) {
        new Validation()
                .require(score != null && score >= 1 && score <= 5, "score", "请选择1至5级满意度",
                        "Choose a rating from 1 to 5")
                .text(comment, "comment", "评价意见", "Comment", 500, false)
                .throwIfInvalid();
        Optional<CaseFile> found = access.withQueryCode(trackingNumber, queryCode);
        found.ifPresent(c -> ratings.rate(c, Satisfaction.ofScore(score), Inputs.blankToNull(comment),
                AuditTrail.ANONYMOUS, null));
        return found.map(viewer::forResident);
    }
}

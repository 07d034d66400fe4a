package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.shared.events.DomainEvent;

/**
 * A reply becomes the answer, for the case and every case merged into it: after review, or at
 * once where no review applies.
 */
@ApplicationScoped
public class ReplyApproval {

    @Inject
    CaseRepository cases;

    @Inject
    CaseAnalyser analyser;

    @Inject
    CaseNotices notices;

    @Inject
    CaseSteps steps;

    @Inject
    Event<DomainEvent> events;

    @Inject
    PublicAnswers publicAnswers;

    @Inject
    CaseClock caseClock;

    public CaseDetails approve(CaseFile c, Instant now) {
        c.approveReply(now);
        analyser.forget(c.id());
        notices.toResident(c, "您的留言已答复，请评价", "受理编号 " + c.trackingNumber());
        long minutes = Duration.between(c.receivedAt(), now).toMinutes();
        boolean published = c.answer().isPublished();
        publicAnswers.sync(c);
        events.fire(new CaseAnswered(c.id(), c.departmentCode(), published, minutes, now,
                caseClock.workingDaysBetween(c.receivedAt(), now), caseClock.onTime(c, now)));
        for (CaseFile merged : cases.mergedInto(c.id())) {
            notices.toResident(merged, "与您的留言合并办理的主件已答复", "主件编号 " + c.trackingNumber());
            steps.note(merged.id(), now, AuditTrail.SYSTEM, StepKind.ANSWERED, "主件 " + c.trackingNumber());
        }
        return steps.done(c, StepKind.ANSWERED, null, "case.answer", published ? "public" : "private");
    }
}

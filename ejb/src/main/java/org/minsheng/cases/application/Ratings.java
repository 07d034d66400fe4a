package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReopened;
import org.minsheng.cases.domain.FeedbackGiven;
import org.minsheng.cases.domain.Satisfaction;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.shared.events.DomainEvent;

/**
 * What a rating does, however it was given (online by the resident, or taken on a follow-up
 * visit): satisfied closes the case, dissatisfied reopens it for redo (重办) with a fresh time
 * limit, up to {@code minsheng.cases.max-redo} times.
 */
@ApplicationScoped
public class Ratings {

    @Inject
    Clock clock;

    @Inject
    CaseSteps steps;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseAnalyser analyser;

    @Inject
    CaseNotices notices;

    @Inject
    PublicAnswers publicAnswers;

    @Inject
    Event<DomainEvent> events;

    /**
     * Rates the case as {@code actor} ({@link AuditTrail#ANONYMOUS} for the resident online) and
     * returns whether it was reopened. {@code how} prefixes the timeline note (e.g. 电话回访).
     */
    public boolean rate(CaseFile c, Satisfaction satisfaction, String comment, String actor, String how) {
        Instant now = clock.instant();
        int days = caseClock.limitFor(c);
        boolean reopened = c.rate(satisfaction, comment, caseClock.limits().maxRedo(), days, now,
                caseClock.dueFrom(now, days));
        String note = (how == null ? "" : how + "：") + satisfaction.labelZh() + (comment == null ? "" : "：" + comment);
        steps.recorded(c, now, actor, how == null ? StepKind.RATED : StepKind.FOLLOW_UP_VISIT, note,
                how == null ? "case.rate" : "case.follow-up-visit",
                satisfaction.score() + (reopened ? " reopened" : " closed"));
        steps.note(c.id(), now, AuditTrail.SYSTEM, reopened ? StepKind.REOPENED : StepKind.CLOSED,
                reopened ? "第" + c.feedback().redoCount() + "次重办" : null);
        events.fire(new FeedbackGiven(c.id(), c.departmentCode(), satisfaction.score(), reopened, now));
        if (reopened) {
            publicAnswers.sync(c);
            analyser.index(c.id(), c.letter().title(), c.letter().body());
            events.fire(new CaseReopened(c.id(), c.departmentCode(), "dissatisfied", now));
            notices.toDepartment(c, "群众不满意，需重办：" + c.trackingNumber(),
                    comment == null ? satisfaction.labelZh() : comment);
        }
        return reopened;
    }
}

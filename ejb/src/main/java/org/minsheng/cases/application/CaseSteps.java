package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.CaseStepRecorded;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.SiteDirectory;

/** The bookkeeping of a step: its place on the case's timeline, the audit record and the event. */
@ApplicationScoped
public class CaseSteps {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CaseTimeline timeline;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DomainEvent> events;

    @Inject
    CaseViewer viewer;

    @Inject
    SiteDirectory site;

    /** A step by the calling member of staff, now: timeline, audit, event; returns the case as staff see it. */
    public CaseDetails done(CaseFile c, StepKind step, String note, String action, String detail) {
        String me = caller.name();
        Instant now = clock.instant();
        timeline.add(new CaseStep(c.id(), now, me, step, note));
        audit.record(me, action, "case", c.id(), detail);
        events.fire(new CaseStepRecorded(c.id(), c.departmentCode(), step, me, now));
        return viewer.forStaff(c);
    }

    /** A step by a resident or the platform itself: timeline and audit record. */
    public void recorded(CaseFile c, Instant at, String actor, StepKind step, String note, String action,
                         String detail) {
        timeline.add(new CaseStep(c.id(), at, actor, step, note));
        audit.record(actor, action, "case", c.id(), detail);
    }

    /** A step shown on the timeline only: it belongs to a step audited on its own. */
    public void note(String caseId, Instant at, String actor, StepKind step, String note) {
        timeline.add(new CaseStep(caseId, at, actor, step, note));
    }

    /** A department's name for a step's note; its code when unknown. */
    public String departmentName(String code) {
        return site.department(code).map(d -> d.name()).orElse(code);
    }
}

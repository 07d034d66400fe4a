package org.minsheng.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.WarningLevel;
import org.minsheng.identity.api.Roles;

/**
 * Reminders for co-handling departments (协办催办/督办), like the lead department's: yellow at the
 * warning share of their own time (to the department's handlers), red when their opinion is
 * overdue (to its handlers and head). Each level is raised once, stored under the participant's
 * version, so two nodes sweeping together cannot remind twice.
 */
@Stateless
public class CoHandlingSupervision {

    @Inject
    Clock clock;

    @Inject
    CaseTimeline timeline;

    @Inject
    CaseRepository cases;

    @Inject
    CaseSteps steps;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseNotices notices;

    /** One pass; returns the number of co-handling departments whose level rose. */
    @PermitAll
    public int sweep() {
        Instant now = clock.instant();
        double share = caseClock.limits().warningShare();
        int raised = 0;
        for (CaseParticipant p : timeline.coHandlersAwaitingOpinion(500)) {
            WarningLevel level = p.levelAt(now, share);
            CaseFile c = cases.byId(p.caseId()).orElse(null);
            if (c == null || !CaseStatus.AT_DEPARTMENT.contains(c.status()) || !p.raiseWarning(level)) {
                continue;
            }
            raised++;
            String department = steps.departmentName(p.departmentCode());
            if (level == WarningLevel.YELLOW) {
                notices.toRole(Roles.HANDLER, p.departmentCode(), c, "协办催办：" + c.trackingNumber() + " 协办意见即将到期",
                        c.letter().title());
                steps.recorded(c, now, AuditTrail.SYSTEM, StepKind.CO_HANDLING_REMINDED, department, "case.co-warning",
                        p.departmentCode() + " " + level.name());
            } else {
                notices.toRole(Roles.HANDLER, p.departmentCode(), c, "协办督办：" + c.trackingNumber() + " 协办意见已超期",
                        c.letter().title());
                notices.toRole(Roles.DEPT_ADMIN, p.departmentCode(), c, "协办督办：" + c.trackingNumber() + " 协办意见已超期",
                        c.letter().title());
                steps.recorded(c, now, AuditTrail.SYSTEM, StepKind.CO_HANDLING_ESCALATED, department, "case.co-warning",
                        p.departmentCode() + " " + level.name());
            }
        }
        return raised;
    }
}

package org.minsheng.hearing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.hearing.domain.Hearing;
import org.minsheng.hearing.domain.HearingRepository;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.notification.api.Notifier;

/**
 * The 催办 of late feedback: once a hearing's feedback is past due, its department's editors and
 * heads are told, once; the mark is stored under the hearing's version, so two nodes sweeping
 * together cannot remind twice (the second update fails and rolls back).
 */
@Stateless
public class HearingReminders {

    @Inject
    HearingRepository hearings;

    @Inject
    StaffDirectory staff;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.ADMIN)
    public int sweep() {
        int reminded = 0;
        for (Hearing hearing : hearings.feedbackLate(clock.instant())) {
            if (!hearing.feedbackOverdue(clock.instant())) {
                continue;
            }
            Set<String> to = new LinkedHashSet<>();
            for (String role : new String[] {Roles.EDITOR, Roles.DEPT_ADMIN}) {
                staff.withRole(role, hearing.departmentCode()).stream().map(StaffPrincipal::username).forEach(to::add);
            }
            for (String username : to) {
                notifier.toStaff(username, "催办：意见征集反馈逾期", "《" + hearing.title()
                        + "》征求意见期已结束，意见采纳情况应于截止时间前公布，现已逾期，请尽快发布反馈。", null);
            }
            hearing.markReminded();
            audit.record("system", "hearing.remind", "hearing", hearing.id(), to.size() + " recipients");
            reminded++;
        }
        return reminded;
    }
}

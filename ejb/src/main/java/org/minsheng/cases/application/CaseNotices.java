package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.Channel;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.notification.api.Notifier;

/** Who hears about what happens to a case. Reports are only ever announced to discipline officers. */
@ApplicationScoped
public class CaseNotices {

    @Inject
    Notifier notifier;

    @Inject
    StaffDirectory staff;

    @Inject
    ResidentDirectory residents;

    /** The staff who work the case in its lead department. */
    public void toDepartment(CaseFile c, String subject, String body) {
        if (c.departmentCode() != null) {
            toRole(c.channel() == Channel.REPORT_MAILBOX ? Roles.DISCIPLINE : Roles.HANDLER, c.departmentCode(), c, subject,
                    body);
        }
    }

    /** The lead department's staff and its head, each told once (督办). */
    public void toDepartmentAndHead(CaseFile c, String subject, String body) {
        if (c.departmentCode() == null) {
            return;
        }
        Set<String> told = new LinkedHashSet<>();
        String workers = c.channel() == Channel.REPORT_MAILBOX ? Roles.DISCIPLINE : Roles.HANDLER;
        staff.withRole(workers, c.departmentCode()).forEach(p -> told.add(p.username()));
        if (c.channel() != Channel.REPORT_MAILBOX) {
            staff.withRole(Roles.DEPT_ADMIN, c.departmentCode()).forEach(p -> told.add(p.username()));
        }
        told.forEach(user -> notifier.toStaff(user, subject, body, c.id()));
    }

    /** Everyone with the role, in one department or anywhere when {@code departmentCode} is null. */
    public void toRole(String role, String departmentCode, CaseFile c, String subject, String body) {
        if (c.channel() == Channel.REPORT_MAILBOX && !Roles.DISCIPLINE.equals(role)) {
            return;
        }
        for (StaffPrincipal p : staff.withRole(role, departmentCode)) {
            notifier.toStaff(p.username(), subject, body, c.id());
        }
    }

    /** In-app on the case; by e-mail too when the resident registered with an e-mail address. */
    public void toResident(CaseFile c, String subject, String body) {
        String email = c.resident().account() == null ? null : residents.emailOf(c.resident().account()).orElse(null);
        notifier.toResident(c.id(), subject, body, email);
    }
}

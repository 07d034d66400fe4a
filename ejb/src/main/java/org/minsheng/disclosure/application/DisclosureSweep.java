package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.notification.api.Notifier;
import org.minsheng.shared.time.CityTime;

/**
 * What the timer does every minute: publishes approved documents whose time has come, and tells a
 * body's head (or its approvers when it has no head account) once about each document that missed
 * the 20 working days.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DisclosureSweep {

    @Inject
    DisclosureRepository repository;

    @Inject
    DisclosurePublisher publisher;

    @Inject
    StaffDirectory staff;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Returns how many documents were published. */
    public int publishDue() {
        List<DisclosureDocument> due = repository.dueForPublication(clock.instant());
        due.forEach(d -> publisher.publish(d, AuditTrail.SYSTEM));
        return due.size();
    }

    /** Returns how many documents were newly flagged. */
    public int flagLate() {
        LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
        int flagged = 0;
        for (DisclosureDocument d : repository.unpublished(null)) {
            if (d.isLate(today) && d.flagLate()) {
                List<StaffPrincipal> heads = staff.withRole(Roles.DEPT_ADMIN, d.bodyCode());
                if (heads.isEmpty()) {
                    heads = staff.withRole(Roles.APPROVER, d.bodyCode());
                }
                String body = "《" + d.title() + "》应于" + d.metadata().dueOn() + "前公开（信息形成或变更后20个工作日内），现已逾期。";
                heads.forEach(h -> notifier.toStaff(h.username(), "信息公开逾期：" + d.title(), body, null));
                audit.record(AuditTrail.SYSTEM, "disclosure.late", DisclosurePublisher.SUBJECT, String.valueOf(d.id()),
                        "due " + d.metadata().dueOn());
                flagged++;
            }
        }
        return flagged;
    }
}

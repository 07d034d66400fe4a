package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.identity.api.Roles;
import org.minsheng.notification.api.Notifier;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/**
 * The approver's use cases (先审后发): sign off one review level — after the last, the document is
 * published at once or waits for its scheduled time — or send it back to the editor with a comment.
 */
@Stateless
@RolesAllowed(Roles.APPROVER)
public class DisclosureReview {

    @Inject
    DisclosureAccess access;

    @Inject
    DisclosurePublisher publisher;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public void approve(long id, long version) {
        DisclosureDocument d = reviewable(id, version);
        boolean last = d.approve(caller.name(), clock.instant());
        audit.record(caller.name(), "disclosure.approve", DisclosurePublisher.SUBJECT, String.valueOf(id),
                d.approvals().size() + "/" + d.levelsRequired());
        if (last && d.dueForPublication(clock.instant())) {
            publisher.publish(d, caller.name());
        }
    }

    public void reject(long id, long version, String comment) {
        new Validation().text(comment, "comment", "退回意见", "Comment", 500, true).throwIfInvalid();
        DisclosureDocument d = reviewable(id, version);
        d.reject(comment.strip());
        audit.record(caller.name(), "disclosure.reject", DisclosurePublisher.SUBJECT, String.valueOf(id), comment);
        notifier.toStaff(d.createdBy(), "信息公开文件被退回：" + d.title(), comment.strip(), null);
    }

    private DisclosureDocument reviewable(long id, long version) {
        DisclosureDocument d = access.document(id);
        access.requireApproverOf(d.bodyCode());
        DisclosureDrafting.checkVersion(d, version);
        return d;
    }
}

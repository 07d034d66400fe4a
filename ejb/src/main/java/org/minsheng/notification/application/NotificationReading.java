package org.minsheng.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.minsheng.identity.api.Roles;
import org.minsheng.notification.domain.Notification;
import org.minsheng.notification.domain.NotificationRepository;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/** A member of staff marks their own notifications read, one or all. */
@Stateless
public class NotificationReading {

    @Inject
    Clock clock;

    @Inject
    NotificationRepository notifications;

    @Inject
    Caller caller;

    /** Someone else's notification is as unknown as a missing one. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.EDITOR, Roles.APPROVER, Roles.CALL_TAKER})
    public void markRead(long id) {
        Notification n = notifications.byId(id)
                .filter(x -> Notification.STAFF.equals(x.recipientKind()) && caller.name().equals(x.recipient()))
                .orElseThrow(() -> new NotFound("没有该通知", "No such notification"));
        n.markRead(clock.instant());
    }

    /** Returns how many were unread. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.EDITOR, Roles.APPROVER, Roles.CALL_TAKER})
    public int markAllRead() {
        return notifications.markAllRead(Notification.STAFF, caller.name(), clock.instant());
    }
}

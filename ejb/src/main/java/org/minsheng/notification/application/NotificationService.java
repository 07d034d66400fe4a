package org.minsheng.notification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.notification.api.NotificationView;
import org.minsheng.notification.api.Notifier;
import org.minsheng.notification.domain.MailGateway;
import org.minsheng.notification.domain.Notification;
import org.minsheng.notification.domain.NotificationRepository;

@Stateless
@Local(Notifier.class)
@PermitAll
public class NotificationService implements Notifier {

    @Inject
    Clock clock;

    @Inject
    NotificationRepository notifications;

    @Inject
    MailGateway mail;

    @Inject
    StaffDirectory staff;

    @Resource
    SessionContext session;

    @Override
    public void toStaff(String username, String subject, String body, String caseId) {
        notifications.add(new Notification(Notification.STAFF, username, subject, body, caseId, clock.instant()));
        staff.emailOf(username).ifPresent(address -> mail.send(address, subject, body));
    }

    @Override
    public void toResident(String caseId, String subject, String body, String email) {
        notifications.add(new Notification(Notification.RESIDENT, caseId, subject, body, caseId, clock.instant()));
        if (email != null) {
            mail.send(email, subject, body);
        }
    }

    @Override
    public List<NotificationView> mine(int limit) {
        String me = session.getCallerPrincipal().getName();
        return notifications.latest(Notification.STAFF, me, Math.max(1, Math.min(limit, 200))).stream()
                .map(NotificationService::view).toList();
    }

    @Override
    public List<NotificationView> ofCase(String caseId) {
        return notifications.latest(Notification.RESIDENT, caseId, 50).stream().map(NotificationService::view).toList();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.subject(), n.body(), n.caseId(), n.createdAt(), n.isRead());
    }
}

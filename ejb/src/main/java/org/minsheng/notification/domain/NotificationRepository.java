package org.minsheng.notification.domain;

import java.util.List;

public interface NotificationRepository {

    void add(Notification notification);

    List<Notification> latest(String recipientKind, String recipient, int limit);
}

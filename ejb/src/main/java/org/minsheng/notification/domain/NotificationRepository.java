package org.minsheng.notification.domain;

import java.util.List;

public interface NotificationRepository {

    void add(Notification notification);

    List<Notification> latest(String recipientKind, String recipient, int limit);

    java.util.Optional<Notification> byId(long id);

    /** Marks every unread notification of a recipient read; returns how many. */
    int markAllRead(String recipientKind, String recipient, java.time.Instant at);
}

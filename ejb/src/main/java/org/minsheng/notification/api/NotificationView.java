package org.minsheng.notification.api;

import java.time.Instant;

public record NotificationView(long id, String subject, String body, String caseId, Instant createdAt, boolean read) {
}

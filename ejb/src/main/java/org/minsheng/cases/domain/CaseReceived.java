package org.minsheng.cases.domain;

import java.time.Instant;

public record CaseReceived(String caseId, String trackingNumber, Channel channel, String title, Instant occurredAt)
        implements CaseEvent {
}

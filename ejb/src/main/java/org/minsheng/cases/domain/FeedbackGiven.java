package org.minsheng.cases.domain;

import java.time.Instant;

public record FeedbackGiven(String caseId, String departmentCode, int score, boolean reopened, Instant occurredAt) implements CaseEvent {
}

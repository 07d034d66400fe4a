package org.minsheng.cases.api;

import java.time.Instant;

/** A published question and answer; personal data is masked. */
public record FaqView(long id, String question, String answer, String departmentCode, Instant createdAt) {
}

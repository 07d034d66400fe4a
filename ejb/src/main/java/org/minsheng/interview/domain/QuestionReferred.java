package org.minsheng.interview.domain;

import java.time.Instant;

/** An approved question not answered on air became a case for the department. */
public record QuestionReferred(String interviewId, String questionId, String trackingNumber, String departmentCode, Instant occurredAt) implements InterviewEvent {
}

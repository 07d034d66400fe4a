package org.minsheng.interview.domain;

import java.time.Instant;

/** A moderator corrected a question's wording (the edit is kept). */
public record QuestionEdited(String interviewId, String questionId, String editor, Instant occurredAt) implements InterviewEvent {
}

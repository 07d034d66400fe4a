package org.minsheng.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One mark on a ballot: a chosen option (value 1), a rating (option 0, value 1–5) or an option's
 * place in a ranking (value 1 = first).
 */
@Embeddable
public record BallotChoice(
        @Column(name = "question_no", nullable = false) int question,
        @Column(name = "option_no", nullable = false) int option,
        @Column(name = "choice_value", nullable = false) int value) {
}

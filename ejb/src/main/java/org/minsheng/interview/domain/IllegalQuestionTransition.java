package org.minsheng.interview.domain;

/** A moderation step that the question's current state does not allow. */
public class IllegalQuestionTransition extends RuntimeException {

    private final QuestionStatus from;

    public IllegalQuestionTransition(QuestionStatus from, String step) {
        super("cannot " + step + " a question that is " + from);
        this.from = from;
    }

    public QuestionStatus from() {
        return from;
    }
}

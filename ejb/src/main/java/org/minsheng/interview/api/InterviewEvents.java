package org.minsheng.interview.api;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.minsheng.interview.domain.InterviewEvent;
import org.minsheng.shared.events.EventStream;

/** Declares the interview-events stream (posts, questions, moderation), read by every node's live feed. */
@Dependent
public class InterviewEvents {

    @Produces
    public static final EventStream STREAM = InterviewEvent.STREAM;
}

package org.minsheng.interview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.minsheng.interview.domain.QuestionRateLimit;

/** The node's per-viewer question limit: one question per 10 s, at most 100,000 viewers tracked. */
@ApplicationScoped
public class QuestionGate {

    static final Duration INTERVAL = Duration.ofSeconds(10);

    private final QuestionRateLimit limit = new QuestionRateLimit(1, INTERVAL, 100_000);

    public boolean admit(String viewerId, Instant now) {
        return limit.tryAcquire(viewerId, now);
    }
}

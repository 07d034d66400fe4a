package org.minsheng.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuestionRateLimitTest {

    private final Instant t0 = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void oneQuestionPerIntervalPerViewer() {
        QuestionRateLimit limit = new QuestionRateLimit(1, Duration.ofSeconds(10), 100);
        assertThat(limit.tryAcquire("a", t0)).isTrue();
        assertThat(limit.tryAcquire("a", t0.plusSeconds(1))).isFalse();
        assertThat(limit.tryAcquire("b", t0.plusSeconds(1))).as("other viewers are not affected").isTrue();
        assertThat(limit.tryAcquire("a", t0.plusMillis(9_999))).isFalse();
        assertThat(limit.tryAcquire("a", t0.plusSeconds(10))).isTrue();
    }

    @Test
    void aBurstThenTheSteadyRate() {
        QuestionRateLimit limit = new QuestionRateLimit(3, Duration.ofSeconds(10), 100);
        assertThat(limit.tryAcquire("a", t0)).isTrue();
        assertThat(limit.tryAcquire("a", t0)).isTrue();
        assertThat(limit.tryAcquire("a", t0)).isTrue();
        assertThat(limit.tryAcquire("a", t0)).isFalse();
        assertThat(limit.tryAcquire("a", t0.plusSeconds(10))).isTrue();
        assertThat(limit.tryAcquire("a", t0.plusSeconds(10))).isFalse();
    }

    @Test
    void aClockGoingBackGrantsNothingExtra() {
        QuestionRateLimit limit = new QuestionRateLimit(1, Duration.ofSeconds(10), 100);
        assertThat(limit.tryAcquire("a", t0)).isTrue();
        assertThat(limit.tryAcquire("a", t0.minusSeconds(60))).isFalse();
        assertThat(limit.tryAcquire("a", t0.plusSeconds(5))).isFalse();
        assertThat(limit.tryAcquire("a", t0.plusSeconds(10))).isTrue();
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfViewers() {
        QuestionRateLimit limit = new QuestionRateLimit(1, Duration.ofSeconds(10), 3);
        for (int i = 0; i < 10; i++) {
            assertThat(limit.tryAcquire("v" + i, t0)).isTrue();
        }
        assertThat(limit.trackedViewers()).isEqualTo(3);
        assertThat(limit.tryAcquire("v9", t0)).as("the most recent ones are kept").isFalse();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new QuestionRateLimit(0, Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuestionRateLimit(1, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

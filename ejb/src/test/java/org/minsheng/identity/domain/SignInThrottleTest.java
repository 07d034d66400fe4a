package org.minsheng.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.testing.MutableClock;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));

    /** {@code n} failures, one second apart, ending now. */
    private List<Instant> failures(int n) {
        List<Instant> list = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            list.add(clock.instant().minusSeconds(i));
        }
        return list;
    }

    @Test
    void theFirstFiveFailuresCostNothing() {
        List<Instant> four = failures(4);
        assertThat(throttle.blockedUntil(four, four, clock.instant())).isEmpty();
    }

    @Test
    void thenEachTryWaitsLongerUpToFifteenMinutes() {
        assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.delayAfter(8)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SignInThrottle.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(60)).isEqualTo(Duration.ofMinutes(15));

        List<Instant> five = failures(5);
        assertThat(throttle.blockedUntil(five, five, clock.instant())).contains(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.blockedUntil(five, five, clock.instant())).isPresent();
        assertThat(SignInThrottle.secondsUntil(clock.instant().plusSeconds(1), clock.instant())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedUntil(five, five, clock.instant())).as("the delay is over").isEmpty();
    }

    @Test
    void anotherAddressIsNotSlowedByTheseFailures() {
        List<Instant> attacker = failures(20);
        assertThat(throttle.blockedUntil(attacker, attacker, clock.instant())).isPresent();
        assertThat(throttle.blockedUntil(attacker, List.of(), clock.instant())).isEmpty();
    }

    @Test
    void aHundredFailuresAnHourFromAllAddressesStopTheLoginForTheRestOfThatHourOnly() {
        List<Instant> all = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            all.add(clock.instant().minus(Duration.ofMinutes(50)).plusSeconds(i * 10L));
        }
        assertThat(throttle.blockedUntil(all.subList(0, 99), List.of(), clock.instant())).isEmpty();
        Instant oldest = all.get(0);
        assertThat(throttle.blockedUntil(all, List.of(), clock.instant())).contains(oldest.plus(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.blockedUntil(all, List.of(), clock.instant())).as("the oldest is an hour old").isEmpty();
    }

    @Test
    void failuresOlderThanAnHourDoNotCount() {
        List<Instant> old = failures(30).stream().map(t -> t.minus(Duration.ofHours(2))).toList();
        assertThat(throttle.blockedUntil(old, old, clock.instant())).isEmpty();
    }
}

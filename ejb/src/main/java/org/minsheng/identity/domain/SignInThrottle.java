package org.minsheng.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the next sign-in of a login may be tried, from the failures of the last hour (OWASP ASVS
 * 5.0 V6.3.1). Two limits:
 * <ul>
 * <li>per login and client address, a growing delay: the first {@value #FREE_FAILURES} failures
 * cost nothing, then each further try waits 30 s, 1 min, 2 min … up to 15 min after the last
 * failure. A real user at another address is not slowed by an attacker's failures;</li>
 * <li>per login, at most {@value #ACCOUNT_LIMIT} failures in any hour from all addresses together;
 * beyond that every try waits until the oldest of the last hundred is an hour old. The account
 * is never locked for longer than that hour.</li>
 * </ul>
 * A success clears its address's failures, not those of other addresses.
 */
public final class SignInThrottle {

    public static final int FREE_FAILURES = 5;
    public static final int ACCOUNT_LIMIT = 100;
    public static final Duration WINDOW = Duration.ofHours(1);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /**
     * The instant until which the login is throttled for this address, or empty when it may be
     * tried now.
     *
     * @param loginFailures   the login's failures from every address, any order
     * @param addressFailures of those, the ones from this client address
     */
    public Optional<Instant> blockedUntil(List<Instant> loginFailures, List<Instant> addressFailures, Instant now) {
        Instant since = now.minus(WINDOW);
        List<Instant> all = loginFailures.stream().filter(t -> t.isAfter(since)).sorted().toList();
        List<Instant> mine = addressFailures.stream().filter(t -> t.isAfter(since)).sorted().toList();
        Instant until = Instant.MIN;
        if (all.size() >= ACCOUNT_LIMIT) {
            until = all.get(all.size() - ACCOUNT_LIMIT).plus(WINDOW);
        }
        if (mine.size() >= FREE_FAILURES) {
            Instant delayed = mine.get(mine.size() - 1).plus(delayAfter(mine.size()));
            until = delayed.isAfter(until) ? delayed : until;
        }
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** The wait after the {@code failures}-th failure from one address. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Whole seconds to wait, at least one: the value of a {@code Retry-After} header. */
    public static long secondsUntil(Instant until, Instant now) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}

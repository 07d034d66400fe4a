package org.minsheng.it;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for an eventually-true condition, with a deadline (no fixed sleeps in tests). */
final class Await {

    private Await() {
    }

    static boolean until(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        return condition.getAsBoolean();
    }
}

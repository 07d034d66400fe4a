package org.minsheng.identity.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.identity.domain.SignInFailures;
import org.minsheng.identity.domain.SignInThrottle;

/** Deletes failed sign-ins the throttle no longer counts (older than its hour). Any node may run it. */
@Singleton
@Startup
public class SignInFailureSweep {

    private static final Logger LOG = Logger.getLogger(SignInFailureSweep.class.getName());

    @Inject
    Clock clock;

    @Inject
    SignInFailures failures;

    @Schedule(hour = "*", minute = "*/10", second = "40", persistent = false)
    void purge() {
        try {
            failures.purge(clock.instant().minus(SignInThrottle.WINDOW));
        } catch (RuntimeException e) {
            // The database is away: the next run deletes these too.
            LOG.log(Level.FINE, "sign-in failure purge skipped", e);
        }
    }
}

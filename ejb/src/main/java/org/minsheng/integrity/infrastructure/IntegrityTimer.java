package org.minsheng.integrity.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.identity.api.Roles;
import org.minsheng.integrity.application.IntegrityCheckService;

/**
 * Asks every minute whether the tamper check is due ({@code minsheng.integrity.check-interval-minutes},
 * default 10). The due time is kept in the database, so on several nodes one of them runs each check,
 * and a restart does not reset it.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class IntegrityTimer {

    private static final Logger LOG = Logger.getLogger(IntegrityTimer.class.getName());

    @EJB
    IntegrityCheckService checks;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    void everyMinute() {
        try {
            checks.checkIfDue().ifPresent(c -> LOG.fine(() -> "integrity: checked " + c.pages() + " page(s), "
                    + c.changed() + " changed, " + c.unreachable() + " unreachable"));
        } catch (RuntimeException e) {
            // The database is away or the deployment is stopping: the next minute tries again.
            LOG.log(Level.FINE, "integrity check skipped", e);
        }
    }
}

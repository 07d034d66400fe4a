package org.minsheng.disclosure.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.disclosure.application.DisclosureSweep;
import org.minsheng.identity.api.Roles;

/**
 * Every minute: publishes approved documents whose scheduled time has come, then flags documents
 * past the 20 working days. Each is its own transaction; publication takes the body's row lock, so
 * two nodes sweeping together cannot publish a document twice.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class DisclosureTimer {

    private static final Logger LOG = Logger.getLogger(DisclosureTimer.class.getName());

    @EJB
    DisclosureSweep sweep;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void everyMinute() {
        try {
            int published = sweep.publishDue();
            int late = sweep.flagLate();
            if (published + late > 0) {
                LOG.info(() -> "disclosure: published " + published + " scheduled document(s), flagged " + late
                        + " late");
            }
        } catch (RuntimeException e) {
            // The database is away or the deployment is stopping: the next minute tries again.
            LOG.log(Level.FINE, "disclosure sweep skipped", e);
        }
    }
}

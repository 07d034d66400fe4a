package org.minsheng.cases.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.cases.application.CoHandlingSupervision;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.identity.api.Roles;

/**
 * Runs the supervision sweep every minute. The timer itself is not persistent: what it has done
 * is stored on the cases, so a restart resumes where it stopped and a missed minute is caught up
 * by the next sweep; on several nodes, optimistic locking lets one of them win each warning.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class SupervisionTimer {

    private static final Logger LOG = Logger.getLogger(SupervisionTimer.class.getName());

    @EJB
    SupervisionService supervision;

    @EJB
    CoHandlingSupervision coHandling;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void everyMinute() {
        try {
            int raised = supervision.sweep() + coHandling.sweep();
            if (raised > 0) {
                LOG.info(() -> "supervision: " + raised + " case(s) reached a new warning level");
            }
        } catch (RuntimeException e) {
            // Another node won a case's update, or the database is away: the next sweep retries.
            LOG.log(Level.FINE, "supervision sweep skipped", e);
        }
    }
}

package org.minsheng.hearing.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.hearing.application.HearingReminders;
import org.minsheng.identity.api.Roles;

/** Every minute: reminds departments whose hearing feedback is late (催办). */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class HearingTimer {

    private static final Logger LOG = Logger.getLogger(HearingTimer.class.getName());

    @EJB
    HearingReminders reminders;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    void everyMinute() {
        try {
            int reminded = reminders.sweep();
            if (reminded > 0) {
                LOG.info(() -> "hearings: " + reminded + " late feedback reminder(s) sent");
            }
        } catch (RuntimeException e) {
            // Another node reminded first, or the database is away: the next sweep retries.
            LOG.log(Level.FINE, "hearing reminder sweep skipped", e);
        }
    }
}

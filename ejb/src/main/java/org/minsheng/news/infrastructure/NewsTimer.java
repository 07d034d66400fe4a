package org.minsheng.news.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.application.PublicationSweep;
import org.minsheng.news.application.StalenessMonitor;

/**
 * Publishes scheduled articles and takes expired ones down every 15 seconds; tells editors about
 * stale columns every morning. Two nodes sweeping together cannot publish twice: the article's
 * version lets only one of them commit.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class NewsTimer {

    private static final Logger LOG = Logger.getLogger(NewsTimer.class.getName());

    @EJB
    PublicationSweep sweep;

    @EJB
    StalenessMonitor staleness;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void publishAndExpire() {
        try {
            int[] done = sweep.sweep();
            if (done[0] + done[1] > 0) {
                LOG.fine(() -> "news: published " + done[0] + ", expired " + done[1]);
            }
        } catch (RuntimeException e) {
            // The database is away, another node won the race, or the deployment is stopping: try again soon.
            LOG.log(Level.FINE, "news sweep skipped", e);
        }
    }

    @Schedule(hour = "8", minute = "30", persistent = false, timezone = "Asia/Shanghai")
    void staleColumns() {
        try {
            staleness.notifyEditors();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stale column notice failed", e);
        }
    }
}

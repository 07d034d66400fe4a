package org.minsheng.shared.idempotency;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes expired idempotency records every hour. Not persistent: a missed run is caught up by
 * the next, and on several nodes the deletes simply overlap (a claim ignores expired records
 * anyway).
 */
@Singleton
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class.getName());

    @EJB
    IdempotencyStore store;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        try {
            int purged = store.purgeExpired();
            if (purged > 0) {
                LOG.fine(() -> "idempotency: " + purged + " expired record(s) purged");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "idempotency purge failed; the next run retries", e);
        }
    }
}

package org.minsheng.shared.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox relay half a second after the previous run ended: a fixed delay, so a slow run
 * (Kafka down: up to a few seconds) never overlaps the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OutboxRelayScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxRelayScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    OutboxRelay relay;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runOnce, 2000, 500, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            relay.relay();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox relay run failed; retrying", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}

package org.minsheng.shared.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.shared.events.DomainEvent;

/**
 * Runs the outbox relay half a second after the previous run ended: a fixed delay, so a slow run
 * (Kafka down: up to a few seconds) never overlaps the next. A committed transaction that wrote
 * events also nudges the relay at once, so live features (interview posts) reach Kafka within
 * milliseconds; nudges coalesce, and runs on one node never overlap.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelayScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxRelayScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    OutboxRelay relay;

    private final ReentrantLock running = new ReentrantLock();
    /** Set when events committed while a run was busy: the run goes round once more. */
    private final AtomicBoolean again = new AtomicBoolean();
    /** Set while a nudge waits for an executor thread, so a burst of commits queues one task. */
    private final AtomicBoolean nudgeQueued = new AtomicBoolean();
    private volatile boolean stopped;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runOnce, 2000, 500, TimeUnit.MILLISECONDS);
    }

    /** After a transaction with events commits: relay now instead of at the next tick. */
    public void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        again.set(true);
        if (!stopped && nudgeQueued.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    nudgeQueued.set(false);
                    runOnce();
                });
            } catch (RuntimeException e) {
                // Executor shutting down or saturated: the fixed-delay run picks the events up.
                nudgeQueued.set(false);
            }
        }
    }

    private void runOnce() {
        if (!running.tryLock()) {
            return; // the busy run sees 'again' and goes round once more
        }
        try {
            do {
                again.set(false);
                try {
                    relay.relay();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Outbox relay run failed; retrying", e);
                    return;
                }
            } while (again.get() && !stopped);
        } finally {
            running.unlock();
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (task != null) {
            task.cancel(false);
        }
    }
}

package org.minsheng.audit.infrastructure;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.audit.application.AuditSealer;

/**
 * Seals committed audit records into the hash chain one second after the previous run ended (a
 * fixed delay, so runs never overlap on a node), batch after batch until none is left.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealScheduler {

    private static final Logger LOG = Logger.getLogger(AuditSealScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    AuditSealer sealer;

    private volatile boolean stopped;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::runOnce, 2000, 1000, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            int sealed;
            do {
                sealed = sealer.sealBatch();
            } while (sealed > 0 && !stopped);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing audit records failed; retrying at the next run", e);
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

package org.minsheng.integrity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.integrity.api.IntegrityCheckView;
import org.minsheng.integrity.api.IntegrityOverview;
import org.minsheng.integrity.domain.IntegrityCheck;
import org.minsheng.integrity.domain.IntegrityRepository;
import org.minsheng.integrity.domain.PageReader;
import org.minsheng.shared.security.Caller;

/**
 * The tamper check (§九 of the website directive): reads every watched page from the site's public
 * address as a visitor would, hashes the published parts and compares them with the hash approved
 * for the page. Pages are read outside any transaction; the findings are recorded in one.
 */
@Stateless
@LocalBean
public class IntegrityCheckService {

    static final int LATEST = 50;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    PageReader reader;

    @Inject
    IntegrityRepository repository;

    @EJB
    IntegrityRecords records;

    @Inject
    @ConfigProperty(name = "minsheng.integrity.check-interval-minutes", defaultValue = "10")
    long intervalMinutes;

    /** An administrator runs the check now. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IntegrityCheckView checkNow() {
        return run(IntegrityCheck.MANUAL, caller.name());
    }

    /**
     * The timer's call: runs the check when it is due. Of several nodes, the one that moves the
     * shared next-run time runs it; the others return empty.
     */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<IntegrityCheckView> checkIfDue() {
        if (!records.claimScheduledRun(Duration.ofMinutes(Math.max(1, intervalMinutes)))) {
            return Optional.empty();
        }
        return Optional.of(run(IntegrityCheck.SCHEDULE, AuditTrail.SYSTEM));
    }

    @RolesAllowed(Roles.ADMIN)
    public IntegrityOverview overview() {
        return new IntegrityOverview(reader.baseUrl(), intervalMinutes,
                repository.watched().stream().map(IntegrityViews::view).toList(),
                repository.latestChecks(LATEST).stream().map(IntegrityViews::view).toList(),
                repository.latestAlerts(LATEST).stream().map(IntegrityViews::view).toList());
    }

    private IntegrityCheckView run(String cause, String by) {
        Instant started = clock.instant();
        List<IntegrityRecords.Reading> readings = new ArrayList<>();
        for (IntegrityRecords.Target target : records.targets()) {
            readings.add(new IntegrityRecords.Reading(target.pageId(), reader.read(target.path())));
        }
        return records.record(started, cause, by, readings);
    }
}

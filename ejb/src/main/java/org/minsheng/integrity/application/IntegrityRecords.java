package org.minsheng.integrity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.integrity.api.IntegrityCheckView;
import org.minsheng.integrity.domain.ContentDigest;
import org.minsheng.integrity.domain.IntegrityAlert;
import org.minsheng.integrity.domain.IntegrityCheck;
import org.minsheng.integrity.domain.IntegrityRepository;
import org.minsheng.integrity.domain.PageState;
import org.minsheng.integrity.domain.ServedPage;
import org.minsheng.integrity.domain.WatchedPage;
import org.minsheng.notification.api.Notifier;

/**
 * The transactional half of a check: which pages to read, and recording what was read (states,
 * the check, alerts with their notifications, audit and log). The reading happens outside any
 * transaction, in {@link IntegrityCheckService}.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.ADMIN)
public class IntegrityRecords {

    private static final Logger LOG = Logger.getLogger(IntegrityRecords.class.getName());

    /** A page to read: its id and address. */
    public record Target(long pageId, String path) {
    }

    /** What was read at a target. */
    public record Reading(long pageId, ServedPage served) {
    }

    @Inject
    Clock clock;

    @Inject
    IntegrityRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    StaffDirectory staff;

    public List<Target> targets() {
        return repository.watched().stream().map(p -> new Target(p.id(), p.path())).toList();
    }

    public boolean claimScheduledRun(Duration interval) {
        return repository.claimScheduledRun(clock.instant(), interval);
    }

    public IntegrityCheckView record(Instant startedAt, String cause, String by, List<Reading> readings) {
        Instant now = clock.instant();
        IntegrityCheck check = new IntegrityCheck(startedAt, now, cause, by);
        repository.add(check);
        for (Reading reading : readings) {
            // A page withdrawn or re-approved while it was being read is judged at the next check.
            WatchedPage page = repository.page(reading.pageId()).filter(WatchedPage::isActive).orElse(null);
            if (page == null) {
                continue;
            }
            ServedPage served = reading.served();
            String observed = served.readable() ? ContentDigest.hash(served.parts()) : null;
            PageState seen = !served.readable() ? PageState.UNREACHABLE
                    : observed.equals(page.expectedHash()) ? PageState.INTACT : PageState.CHANGED;
            PageState before = page.state();
            boolean news = page.observe(seen, observed, now);
            check.count(seen);
            if (news) {
                check.alerted();
                alert(check, page, served);
            } else if (before.isProblem() && seen == PageState.INTACT) {
                LOG.info(() -> "integrity: " + page.path() + " serves the approved content again");
                audit.record(by, "integrity.page.restored", PublishedContentRegistry.SUBJECT,
                        page.kind().name() + ":" + page.reference(), page.path());
            }
        }
        audit.record(by, "integrity.check", "integrity-check", String.valueOf(check.id()),
                check.pages() + " page(s), " + check.changed() + " changed, " + check.unreachable() + " unreachable");
        return IntegrityViews.view(check);
    }

    private void alert(IntegrityCheck check, WatchedPage page, ServedPage served) {
        String detail = served.readable() ? null
                : served.problem() != null ? served.problem() : "HTTP " + served.status();
        IntegrityAlert alert = new IntegrityAlert(check.id(), page, check.finishedAt(), detail);
        repository.add(alert);
        String what = page.state() == PageState.CHANGED ? "内容与审核发布的不一致" : "无法访问";
        LOG.warning(() -> "integrity: " + page.kind() + " " + page.reference() + " at " + page.path() + " "
                + (page.state() == PageState.CHANGED ? "serves content that differs from what was approved (expected "
                + page.expectedHash() + ", served " + page.observedHash() + ")" : "could not be read: " + detail));
        audit.record(check.triggeredBy(), "integrity.alert", PublishedContentRegistry.SUBJECT,
                page.kind().name() + ":" + page.reference(), page.state().name() + " " + page.path());
        String subject = "页面防篡改告警：" + page.kind().labelZh() + " " + page.reference() + " " + what;
        String body = "地址 " + page.path() + "；应为 " + page.expectedHash() + "，实际 "
                + (page.observedHash() == null ? "（" + detail + "）" : page.observedHash())
                + "。请在“页面防篡改”页面查看。 / Page tamper alert: " + page.path() + " "
                + (page.state() == PageState.CHANGED ? "differs from the approved content." : "could not be read.");
        for (StaffPrincipal admin : staff.withRole(Roles.ADMIN, null)) {
            notifier.toStaff(admin.username(), subject, body, null);
        }
    }
}

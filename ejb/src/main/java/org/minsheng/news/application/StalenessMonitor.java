package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.news.api.StaleColumn;
import org.minsheng.news.domain.NewsColumn;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.notification.api.Notifier;

/**
 * Columns not updated within their period (directive §十: a news column two weeks without an update
 * fails the national website check), shown to the site's editors and sent to them as a notification.
 */
@Stateless
public class StalenessMonitor {

    @Inject
    NewsRepository news;

    @Inject
    NewsViews views;

    @Inject
    NewsAccess access;

    @Inject
    StaffDirectory staff;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The stale columns of the sites the caller works on, longest silent first. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<StaleColumn> staleColumns() {
        Instant now = clock.instant();
        List<StaleColumn> stale = new ArrayList<>();
        for (NewsSite site : news.sites()) {
            if (access.maySee(site)) {
                for (NewsColumn c : news.columns(site.code())) {
                    stale(c, now).ifPresent(stale::add);
                }
            }
        }
        stale.sort(java.util.Comparator.comparingLong(StaleColumn::daysSince).reversed());
        return stale;
    }

    /**
     * Tells each stale column's site editors, once per stale period; returns how many columns were
     * reported.
     */
    @RolesAllowed(Roles.ADMIN)
    public int notifyEditors() {
        Instant now = clock.instant();
        int reported = 0;
        for (NewsSite site : news.sites()) {
            for (NewsColumn c : news.columns(site.code())) {
                if (stale(c, now).isEmpty() || !c.noticeDue(now)) {
                    continue;
                }
                c.noticed(now);
                reported++;
                String subject = "栏目“" + c.nameZh() + "”已超过" + c.staleAfterDays() + "天未更新";
                String body = site.nameZh() + "的栏目“" + c.nameZh() + "”超过" + c.staleAfterDays()
                        + "天没有发布新内容，请及时更新（见 /staff/news/staleness）。";
                for (StaffPrincipal editor : staff.withRole(Roles.EDITOR, site.departmentCode())) {
                    notifier.toStaff(editor.username(), subject, body, null);
                }
                audit.record(AuditTrail.SYSTEM, "news.column-stale", "news-column", String.valueOf(c.id()), subject);
            }
        }
        return reported;
    }

    private java.util.Optional<StaleColumn> stale(NewsColumn c, Instant now) {
        Instant last = news.lastPublished(c.id());
        if (!c.staleAt(now, last)) {
            return java.util.Optional.empty();
        }
        long days = last == null ? -1 : Duration.between(last, now).toDays();
        return java.util.Optional.of(new StaleColumn(views.column(c), last, days));
    }
}

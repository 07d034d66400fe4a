package org.minsheng.news.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.domain.Article;
import org.minsheng.news.domain.NewsRepository;
import org.minsheng.news.domain.ReviewAction;

/** Scheduled publishing and expiry: approved articles whose time came go public, expired ones leave. */
@Stateless
public class PublicationSweep {

    @Inject
    NewsRepository news;

    @Inject
    PublicationSteps steps;

    @Inject
    Clock clock;

    /** Returns how many articles went public and how many left, as {published, expired}. */
    @RolesAllowed(Roles.ADMIN)
    public int[] sweep() {
        Instant now = clock.instant();
        int published = 0;
        int expired = 0;
        for (Article a : news.scheduledDue(now)) {
            if (a.publishIfDue(now)) {
                steps.wentPublic(a, AuditTrail.SYSTEM);
                published++;
            } else {
                steps.record(a, 0, ReviewAction.EXPIRED, AuditTrail.SYSTEM, null);
            }
        }
        for (Article a : news.expiredDue(now)) {
            if (a.expireIfDue(now)) {
                steps.leftSite(a, ReviewAction.EXPIRED, AuditTrail.SYSTEM, null);
                expired++;
            }
        }
        return new int[] {published, expired};
    }
}

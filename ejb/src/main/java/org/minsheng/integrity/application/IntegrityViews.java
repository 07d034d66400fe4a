package org.minsheng.integrity.application;

import org.minsheng.integrity.api.IntegrityAlertView;
import org.minsheng.integrity.api.IntegrityCheckView;
import org.minsheng.integrity.api.WatchedPageView;
import org.minsheng.integrity.domain.IntegrityAlert;
import org.minsheng.integrity.domain.IntegrityCheck;
import org.minsheng.integrity.domain.WatchedPage;

/** Records of the integrity entities for the api. */
final class IntegrityViews {

    private IntegrityViews() {
    }

    static IntegrityCheckView view(IntegrityCheck c) {
        return new IntegrityCheckView(c.id(), c.startedAt(), c.finishedAt(), c.trigger(), c.triggeredBy(), c.pages(),
                c.intact(), c.changed(), c.unreachable(), c.alerts());
    }

    static IntegrityAlertView view(IntegrityAlert a) {
        return new IntegrityAlertView(a.id(), a.checkId(), a.kind().name(), a.kind().labelZh(), a.kind().labelEn(),
                a.reference(), a.path(), a.detectedAt(), a.problem().name(), a.problem().labelZh(),
                a.problem().labelEn(), a.expectedHash(), a.observedHash(), a.detail());
    }

    static WatchedPageView view(WatchedPage p) {
        return new WatchedPageView(p.id(), p.kind().name(), p.kind().labelZh(), p.kind().labelEn(), p.reference(),
                p.path(), p.expectedHash(), p.registeredAt(), p.state().name(), p.state().labelZh(),
                p.state().labelEn(), p.checkedAt(), p.observedHash());
    }
}

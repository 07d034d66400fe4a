package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.minsheng.disclosure.api.RequestView;
import org.minsheng.disclosure.domain.InformationRequest;
import org.minsheng.disclosure.domain.RequestAnswer;
import org.minsheng.disclosure.domain.RequestClock;
import org.minsheng.disclosure.domain.Workdays;
import org.minsheng.shared.time.CityTime;
import org.minsheng.site.api.SiteDirectory;

/** Turns applications into the records pages and REST show. */
@ApplicationScoped
public class RequestViews {

    @Inject
    Workdays work;

    @Inject
    SiteDirectory site;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CityTime.ZONE));
    }

    public RequestView view(InformationRequest r) {
        RequestClock c = r.clock();
        RequestAnswer a = r.answer();
        var type = a.type();
        var reason = a.legalReason();
        return new RequestView(r.number(), r.bodyCode(), site.department(r.bodyCode()).map(d -> d.name()).orElse(null),
                r.applicant().organisation(), r.applicant().name(), r.description(), r.delivery().name(),
                r.delivery().labelZh(),
                r.delivery().labelEn(), r.status().name(), r.status().labelZh(), r.status().labelEn(), r.receivedOn(),
                c.clockStartOn(), r.dueOn(work), r.isLate(today(), work), r.completionDeadline(work),
                c.completionRequestedOn(), c.completionNote(), c.completedOn(), c.extensionDays(),
                c.extensionReason(), c.consultedParty(), c.consultationStartedOn(), r.consultationDue(work),
                c.consultationEndedOn(), c.pausedDays(), type == null ? null : type.name(),
                type == null ? null : type.labelZh(), type == null ? null : type.labelEn(),
                reason == null ? null : reason.name(), reason == null ? null : reason.labelZh(),
                reason == null ? null : reason.labelEn(), a.text(), a.location(), a.otherBody(),
                a.answeredOn(), r.feeYuan(), r.version());
    }
}

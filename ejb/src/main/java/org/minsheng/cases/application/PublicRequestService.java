package org.minsheng.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minsheng.cases.api.PublicRequest;
import org.minsheng.cases.api.PublicRequests;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.PublicCases;
import org.minsheng.nlp.api.TextInsightsFacade;

/**
 * {@link PublicRequests}: the cases other systems may read. A case is shown when its resident asked
 * for publication, it is not a report (举报) and its message holds no sensitive word; its text is
 * masked, and the answer is shown once it is published on the board.
 */
@Stateless
@LocalBean
@Local(PublicRequests.class)
@PermitAll
public class PublicRequestService implements PublicRequests {

    private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.ANSWERED, CaseStatus.CLOSED,
            CaseStatus.NOT_ACCEPTED);
    /** Merged cases follow their master and are not listed on their own. */
    private static final Set<CaseStatus> LISTED = EnumSet.complementOf(EnumSet.of(CaseStatus.MERGED));

    @Inject
    PublicCases publicCases;

    @Inject
    CaseRepository cases;

    @Inject
    TextInsightsFacade insights;

    @Override
    public List<PublicRequest> recent(String category, String status, Instant start, Instant end, int max) {
        Set<CaseStatus> statuses = EnumSet.copyOf(LISTED);
        if ("open".equals(status)) {
            statuses.removeAll(CLOSED);
        } else if ("closed".equals(status)) {
            statuses.retainAll(CLOSED);
        }
        // Fetch a margin: messages held for sensitive words are left out after loading.
        return publicCases.recent(category, statuses, start, end, max * 2).stream()
                .filter(PublicRequestService::exposed).limit(max).map(this::view).toList();
    }

    @Override
    public Optional<PublicRequest> byTrackingNumber(String trackingNumber) {
        return cases.byTrackingNumber(trackingNumber).filter(PublicRequestService::exposed)
                .filter(c -> c.status() != CaseStatus.MERGED).map(this::view);
    }

    private static boolean exposed(CaseFile c) {
        return c.resident().publicRequested() && c.channel() != Channel.REPORT_MAILBOX
                && c.findings().sensitiveWords().isEmpty();
    }

    private PublicRequest view(CaseFile c) {
        boolean closed = CLOSED.contains(c.status());
        Instant updated = latest(c.receivedAt(), c.disposition().acceptedAt(), c.answer().answeredAt());
        return new PublicRequest(c.trackingNumber(), c.findings().category(), insights.mask(c.letter().title()),
                insights.mask(c.letter().body()), closed ? "closed" : "open",
                c.answer().isPublished() ? c.answer().text() : null, c.departmentCode(), c.receivedAt(), updated,
                closed ? null : c.timeLimit().dueAt());
    }

    private static Instant latest(Instant... times) {
        Instant latest = null;
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest;
    }
}

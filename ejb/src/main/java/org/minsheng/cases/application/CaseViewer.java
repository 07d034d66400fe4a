package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.notification.api.NotificationView;
import org.minsheng.notification.api.Notifier;

/** A case's details with its timeline, as staff and as its resident see them. */
@ApplicationScoped
public class CaseViewer {

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    Notifier notifier;

    /** Everything, with the master's status and answer for a merged case. */
    public CaseDetails forStaff(CaseFile c) {
        CaseFile shown = c.masterCaseId() == null ? c : cases.byId(c.masterCaseId()).orElse(c);
        return CaseViews.details(c, shown, true, timeline.stepsOf(c.id()), timeline.participantsOf(c.id()),
                timeline.subStatuses(), List.of());
    }

    /** What the resident may see, with what they were told about the case. */
    public CaseDetails forResident(CaseFile c) {
        CaseFile shown = c.status() == CaseStatus.MERGED && c.masterCaseId() != null
                ? cases.byId(c.masterCaseId()).orElse(c) : c;
        List<String> notes = notifier.ofCase(c.id()).stream().map(NotificationView::subject).toList();
        return CaseViews.details(c, shown, false, timeline.stepsOf(c.id()), List.of(), timeline.subStatuses(), notes);
    }
}

package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.Workbench;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.WarningLevel;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;

/**
 * What staff read: a department's workbench with its queues, and one case with its timeline.
 * Every view of a report-mailbox case is audited.
 */
@Stateless
public class WorkbenchService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    CaseAccess access;

    @Inject
    CaseViewer viewer;

    @Inject
    AuditTrail audit;

    /** The handler's queues with their counts; {@code queue} is one of {@link Workbench#QUEUES}. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    public Workbench workbench(String queue) {
        StaffPrincipal me = access.me();
        String chosen = queue != null && Workbench.QUEUES.contains(queue) ? queue : "TO_SIGN";
        List<CaseFile> mine = cases.atDepartment(me.departmentCode(), CaseStatus.AT_DEPARTMENT, 500).stream()
                .filter(c -> access.onDesk(me, c))
                .toList();
        List<CaseFile> coHandled = me.hasRole(Roles.DISCIPLINE) ? List.of()
                : cases.byIds(timeline.casesWithParticipant(me.departmentCode(), 200)).stream()
                .filter(CaseFile::isOpen).toList();
        Map<String, Predicate<CaseFile>> queues = new LinkedHashMap<>();
        queues.put("TO_SIGN", c -> c.status() == CaseStatus.DISPATCHED);
        queues.put("HANDLING", c -> c.status() == CaseStatus.HANDLING || c.status() == CaseStatus.AWAITING_SUPPLEMENT);
        queues.put("DUE_SOON", c -> c.timeLimit().warningLevel() == WarningLevel.YELLOW);
        queues.put("OVERDUE", c -> c.timeLimit().warningLevel() == WarningLevel.RED);
        queues.put("SENT_BACK", c -> c.status() == CaseStatus.HANDLING && c.statusNote() != null);
        queues.put("IN_REVIEW", c -> c.status() == CaseStatus.IN_REVIEW);
        Map<String, Long> counts = new LinkedHashMap<>();
        queues.forEach((name, test) -> counts.put(name, mine.stream().filter(test).count()));
        counts.put("CO_HANDLING", (long) coHandled.size());
        List<CaseFile> items = "CO_HANDLING".equals(chosen) ? coHandled
                : mine.stream().filter(queues.get(chosen)).toList();
        return new Workbench(chosen, counts, items.stream().map(CaseViews::queueItem).toList());
    }

    /** Every open case of the caller's department (the first workbench API, kept for clients). */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public List<QueueItem> myQueue() {
        StaffPrincipal me = access.me();
        return cases.atDepartment(me.departmentCode(), CaseStatus.AT_DEPARTMENT, 200).stream()
                .filter(c -> access.onDesk(me, c))
                .map(CaseViews::queueItem).toList();
    }

    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails forStaff(String caseId) {
        CaseFile c = access.visible(caseId);
        if (CaseAccess.isConfidential(c)) {
            audit.record(access.me().username(), "case.view.report", "case", caseId, "reporter identity shown");
        }
        return viewer.forStaff(c);
    }
}

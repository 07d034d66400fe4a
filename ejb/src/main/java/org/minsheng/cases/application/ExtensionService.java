package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;

/** Department heads' decisions on handlers' requests for more time (延期审批). */
@Stateless
public class ExtensionService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseNotices notices;

    /** Pending extension requests: a department head sees their department's, an admin all. */
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> extensionRequests() {
        StaffPrincipal me = access.me();
        return cases.withPendingExtension(me.hasRole(Roles.ADMIN) ? null : me.departmentCode(), 200).stream()
                .filter(c -> !CaseAccess.isConfidential(c))
                .map(CaseViews::queueItem).toList();
    }

    /** A granted extension moves the due date by the working days asked for. */
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public CaseDetails decideExtension(String caseId, boolean grant, long version) {
        CaseFile c = access.extensionDecidable(caseId, version);
        Integer days = c.timeLimit().extensionDays();
        c.decideExtension(grant, days == null ? null : caseClock.extended(c.timeLimit().dueAt(), days));
        notices.toDepartment(c, (grant ? "延期已批准：" : "延期未批准：") + c.trackingNumber(), c.title());
        return steps.done(c, grant ? StepKind.EXTENSION_GRANTED : StepKind.EXTENSION_REFUSED,
                grant ? "延期" + days + "个工作日" : null, grant ? "case.extension.grant" : "case.extension.refuse",
                String.valueOf(days));
    }
}

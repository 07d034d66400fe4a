package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.FollowUpVisitView;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.FollowUpVisit;
import org.minsheng.cases.domain.HotlineRecords;
import org.minsheng.cases.domain.Satisfaction;
import org.minsheng.cases.domain.VisitMethod;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.Validation;

/**
 * Follow-up visits (回访): a member of staff calls or visits a resident who did not rate the answer
 * online and records the rating and comment, which count exactly like an online rating
 * (不满意 reopens the case for redo). The lead department's staff visit its own cases; the
 * platform's dispatchers and reviewers any case, including those answered on the hotline.
 */
@Stateless
public class FollowUpVisitService {

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    HotlineRecords records;

    @Inject
    Ratings ratings;

    @Inject
    CaseViewer viewer;

    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER})
    public CaseDetails record(String caseId, String method, Integer score, String comment, long version) {
        new Validation()
                .require(Inputs.enumValue(VisitMethod.class, method) != null, "method", "请选择回访方式（电话或上门）",
                        "Choose how the resident was reached (phone or visit)")
                .require(score != null && score >= 1 && score <= 5, "score", "请选择1至5级满意度",
                        "Choose a rating from 1 to 5")
                .text(comment, "comment", "回访意见", "Comment", 500, false)
                .throwIfInvalid();
        CaseFile c = access.editable(caseId, version);
        StaffPrincipal me = access.me();
        boolean platform = me.hasRole(Roles.DISPATCHER) || me.hasRole(Roles.REVIEWER);
        if (!platform && !me.departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能回访本单位主办的件", "Only the lead department or the platform visits this case");
        }
        VisitMethod how = VisitMethod.valueOf(method);
        Satisfaction satisfaction = Satisfaction.ofScore(score);
        String text = Inputs.blankToNull(comment);
        ratings.rate(c, satisfaction, text, me.username(), how.labelZh());
        records.add(new FollowUpVisit(c.id(), how, satisfaction, text, me.username(), clock.instant()));
        return viewer.forStaff(c);
    }

    /** The visits recorded on a case the caller may see. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.ADMIN})
    public List<FollowUpVisitView> visitsOf(String caseId) {
        access.visible(caseId);
        return records.visitsOf(caseId).stream()
                .map(v -> new FollowUpVisitView(v.method().name(), v.method().labelZh(), v.method().labelEn(),
                        v.rating().score(), v.rating().labelZh(), v.rating().labelEn(), v.comment(), v.visitedBy(),
                        v.visitedAt()))
                .toList();
    }
}

package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Validation;

/**
 * Review (审核) of replies before residents see them, by the department head or the platform's
 * reviewers; and the reviewers' decision on answers held back from the public board.
 */
@Stateless
public class ReviewService {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseNotices notices;

    @Inject
    ReplyApproval approval;

    @Inject
    PublicAnswers publicAnswers;

    /** Replies waiting for review: the department head's own department's, the platform reviewer's all. */
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> reviewQueue() {
        StaffPrincipal me = access.me();
        boolean platform = access.reviewsAll(me);
        return cases.inStatus(List.of(CaseStatus.IN_REVIEW), false, 200).stream()
                .filter(c -> platform || me.departmentCode().equals(c.departmentCode()))
                .map(CaseViews::queueItem).toList();
    }

    /** 审核通过: the reply becomes the answer, for the case and every case merged into it. */
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public CaseDetails approve(String caseId, long version) {
        CaseFile c = access.reviewable(caseId, version);
        return approval.approve(c, clock.instant());
    }

    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public CaseDetails sendBack(String caseId, String why, long version) {
        new Validation().text(why, "reason", "退回理由", "Reason", 500, true).throwIfInvalid();
        CaseFile c = access.reviewable(caseId, version);
        c.sendBack(why.strip());
        notices.toDepartment(c, "答复被退回修改：" + c.trackingNumber(), why.strip());
        return steps.done(c, StepKind.SENT_BACK, why.strip(), "case.reply.send-back", null);
    }

    /** Answers held back from the public board because the message contains sensitive words. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public List<QueueItem> heldForReview() {
        return cases.heldForReview(200).stream().map(CaseViews::queueItem).toList();
    }

    /** A reviewer publishes a held answer or keeps it private. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public CaseDetails decidePublication(String caseId, boolean publish) {
        CaseFile c = access.visible(caseId);
        c.decidePublication(publish);
        publicAnswers.sync(c);
        return steps.done(c, StepKind.NOTE, publish ? "审核后公开" : "审核后不公开",
                publish ? "case.publication.approve" : "case.publication.refuse", CaseViews.sensitiveWords(c));
    }
}

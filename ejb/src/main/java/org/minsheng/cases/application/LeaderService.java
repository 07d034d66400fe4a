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
import org.minsheng.shared.error.Validation;

/** The leaders: their mailboxes (领导信箱) and their instructions on cases (领导批示). */
@Stateless
public class LeaderService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseNotices notices;

    @Inject
    MailboxScope scope;

    /**
     * A leader's mailbox as the leader's office reads it: the letters, newest first. Each office
     * reads its own leader's mailbox only (see {@link MailboxScope}).
     */
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<QueueItem> leaderMailbox(String leaderCode) {
        scope.requireReadable(leaderCode);
        return cases.toLeader(leaderCode, 200).stream().map(CaseViews::queueItem).toList();
    }

    /** The leaders whose mailboxes the caller reads. */
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<String> readableMailboxes() {
        return scope.readable();
    }

    /** 领导批示 on a case of the leader mailbox (or any case a leader follows). */
    @RolesAllowed(Roles.LEADER)
    public CaseDetails instruct(String caseId, String text) {
        new Validation().text(text, "text", "批示内容", "Instruction", 1000, true).throwIfInvalid();
        CaseFile c = access.visible(caseId);
        c.instruct(text.strip());
        notices.toDepartment(c, "领导批示：" + c.trackingNumber(), text.strip());
        return steps.done(c, StepKind.INSTRUCTED, text.strip(), "case.instruct", null);
    }
}

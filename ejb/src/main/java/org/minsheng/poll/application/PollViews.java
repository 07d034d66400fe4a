package org.minsheng.poll.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.poll.api.ChallengeView;
import org.minsheng.poll.api.PollSummary;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.QuestionView;
import org.minsheng.poll.domain.Participants;
import org.minsheng.poll.domain.Poll;
import org.minsheng.poll.domain.PollRepository;
import org.minsheng.poll.domain.PollStatus;
import org.minsheng.poll.domain.ResponseRule;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/** What the poll services share: finding polls, who is asking, and the records shown. */
@Dependent
class PollViews {

    /** The staff roles that create and follow polls; admins see every department's. */
    static final String[] STAFF = {Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN};

    @Inject
    PollRepository polls;

    @Inject
    StaffDirectory staff;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    Poll find(String id) {
        return polls.byId(id).orElseThrow(() -> new NotFound("没有找到该调查", "No such poll"));
    }

    /** A poll a member of staff may manage: their department's, or any for an administrator. */
    Poll forStaff(String id) {
        Poll poll = find(id);
        String department = staffDepartment();
        if (department != null && !department.equals(poll.departmentCode())) {
            throw new NotFound("没有找到该调查", "No such poll");
        }
        return poll;
    }

    /** The department whose polls the calling member of staff manages; null for an administrator. */
    String staffDepartment() {
        if (caller.isInRole(Roles.ADMIN)) {
            return null;
        }
        return staff.find(caller.name()).map(StaffPrincipal::departmentCode)
                .orElseThrow(() -> new Forbidden("无权管理调查", "Not allowed to manage polls"));
    }

    boolean callerIsStaff() {
        for (String role : STAFF) {
            if (caller.isInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The participant hash of the caller: their resident account, else their device (null if neither). */
    Optional<String> participant(Poll poll, String deviceToken) {
        if (caller.isInRole(Roles.RESIDENT)) {
            return Optional.of(Participants.account(poll, caller.name()));
        }
        if (poll.rule() == ResponseRule.DEVICE && deviceToken != null && !deviceToken.isBlank()) {
            return Optional.of(Participants.device(poll, deviceToken));
        }
        return Optional.empty();
    }

    boolean answered(Poll poll, String deviceToken) {
        return participant(poll, deviceToken).map(p -> polls.participated(poll.id(), p)).orElse(false);
    }

    PollView view(Poll poll, boolean answered, ChallengeView challenge) {
        PollStatus status = poll.status(clock.instant());
        return new PollView(poll.id(), poll.departmentCode(), poll.title(), poll.description(), status.name(),
                status.labelZh(), status.labelEn(), poll.rule().name(), poll.rule().labelZh(), poll.rule().labelEn(),
                poll.resultsShown().name(), poll.resultsShown().labelZh(), poll.resultsShown().labelEn(),
                poll.opensAt(), poll.closesAt(),
                poll.questions().stream().map(q -> new QuestionView(q.number(), q.kind().name(), q.kind().labelZh(),
                        q.kind().labelEn(), q.text(), q.required(), q.maxChoices(), q.options())).toList(),
                answered, poll.resultsVisible(clock.instant(), answered, callerIsStaff()), challenge);
    }

    PollSummary summary(Poll poll) {
        PollStatus status = poll.status(clock.instant());
        return new PollSummary(poll.id(), poll.departmentCode(), poll.title(), status.name(), status.labelZh(),
                status.labelEn(), poll.resultsShown().name(), poll.resultsShown().labelZh(),
                poll.resultsShown().labelEn(), poll.opensAt(), poll.closesAt());
    }
}

package org.minsheng.hearing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.FeedbackView;
import org.minsheng.hearing.api.HearingSummary;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewHearing;
import org.minsheng.hearing.api.Revision;
import org.minsheng.hearing.domain.CommentStatus;
import org.minsheng.hearing.domain.DraftVersion;
import org.minsheng.hearing.domain.Feedback;
import org.minsheng.hearing.domain.Hearing;
import org.minsheng.hearing.domain.HearingComment;
import org.minsheng.hearing.domain.HearingRepository;
import org.minsheng.hearing.domain.HearingStatus;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;
import org.minsheng.shared.time.CityTime;
import org.minsheng.site.api.SiteDirectory;

/**
 * A department's editors (and heads, approvers, administrators) publish drafts, revise them during
 * the period, moderate comments, publish the feedback once the period is over, and close.
 */
@Stateless
public class HearingAdministration {

    /** Working days after the comment period within which the feedback is due. */
    public static final int FEEDBACK_WORKING_DAYS = 10;

    @Inject
    HearingRepository hearings;

    @Inject
    HearingRecords records;

    @Inject
    WorkingDays workingDays;

    @Inject
    SiteDirectory site;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public HearingView publish(NewHearing spec) {
        Instant now = clock.instant();
        String own = records.staffDepartment();
        String department = own != null ? own : spec.departmentCode();
        Validation v = new Validation()
                .require(department != null && site.department(department).isPresent(), "departmentCode",
                        "请选择部门", "Choose a department")
                .text(spec.title(), "title", "草案标题", "Title", 200, true)
                .text(spec.purpose(), "purpose", "起草目的", "Purpose", 2000, true)
                .text(spec.legalBasis(), "legalBasis", "法律依据", "Legal basis", 2000, true)
                .text(spec.howToComment(), "howToComment", "意见反馈方式", "How to comment", 2000, true)
                .text(spec.shortPeriodReason(), "shortPeriodReason", "征求期少于30日的理由", "Reason for a short period",
                        500, false)
                .require(spec.closesAt() != null && spec.closesAt().isAfter(now), "closesAt", "截止时间须晚于现在",
                        "The period must end in the future")
                .require(spec.closesAt() == null || !Hearing.periodNeedsReason(now, spec.closesAt())
                                || spec.shortPeriodReason() != null && !spec.shortPeriodReason().isBlank(),
                        "shortPeriodReason", "征求意见期一般不少于30日，少于30日须说明理由",
                        "A period shorter than 30 days needs a stated reason");
        HearingRecords.checkSections(spec.sections(), v);
        v.throwIfInvalid();
        Hearing hearing = new Hearing(UUID.randomUUID().toString(), department, spec.title().strip(),
                spec.purpose().strip(), spec.legalBasis().strip(), spec.howToComment().strip(), now, spec.closesAt(),
                spec.shortPeriodReason() == null || spec.shortPeriodReason().isBlank() ? null
                        : spec.shortPeriodReason().strip(),
                workingDays.dueAt(spec.closesAt(), FEEDBACK_WORKING_DAYS, CityTime.ZONE),
                new DraftVersion(UUID.randomUUID().toString(), 1, "首次发布", now,
                        HearingRecords.sections(spec.sections())),
                caller.name());
        hearings.add(hearing);
        audit.record(caller.name(), "hearing.publish", "hearing", hearing.id(), hearing.title());
        return records.view(hearing);
    }

    /** A new version during the comment period; earlier versions and their comments stay. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public HearingView revise(String id, Revision revision) {
        Hearing hearing = records.forStaff(id);
        requireVersion(hearing, revision.version());
        if (hearing.status(clock.instant()) != HearingStatus.OPEN) {
            throw new Conflict("征求意见期已结束，草案不能再修改", "The period has ended; the draft can no longer change");
        }
        Validation v = new Validation().text(revision.changeLog(), "changeLog", "修改说明", "Change log", 2000, true);
        HearingRecords.checkSections(revision.sections(), v);
        v.throwIfInvalid();
        int number = hearing.current().number() + 1;
        hearing.revise(new DraftVersion(UUID.randomUUID().toString(), number, revision.changeLog().strip(),
                clock.instant(), HearingRecords.sections(revision.sections())));
        audit.record(caller.name(), "hearing.revise", "hearing", hearing.id(), "v" + number);
        return records.view(hearing);
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<CommentView> comments(String id, String status) {
        Hearing hearing = records.forStaff(id);
        CommentStatus wanted = java.util.Arrays.stream(CommentStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        return hearings.comments(hearing.id(), wanted, 2000).stream().map(c -> HearingRecords.comment(c, true)).toList();
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public CommentView moderate(String id, String commentId, boolean approve) {
        Hearing hearing = records.forStaff(id);
        HearingComment comment = hearings.comment(commentId).filter(c -> c.hearingId().equals(hearing.id()))
                .orElseThrow(() -> new NotFound("没有找到该意见", "No such comment"));
        if (!comment.decide(approve)) {
            throw new Conflict("该意见已审核", "This comment was already moderated");
        }
        audit.record(caller.name(), approve ? "hearing.comment.approve" : "hearing.comment.reject", "hearing_comment",
                comment.id(), hearing.id());
        return HearingRecords.comment(comment, true);
    }

    /**
     * The feedback (采纳情况), once the period is over: the published comments counted as
     * received, split into adopted, partly adopted and not adopted, each group with its reason.
     */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public HearingView publishFeedback(String id, FeedbackView given) {
        Hearing hearing = records.forStaff(id);
        HearingStatus status = hearing.status(clock.instant());
        if (status != HearingStatus.AWAITING_FEEDBACK) {
            throw new Conflict(status == HearingStatus.OPEN ? "征求意见期结束后才能发布反馈" : "反馈已发布",
                    status == HearingStatus.OPEN ? "Feedback follows the end of the period" : "Feedback already published");
        }
        long received = hearings.countComments(hearing.id(), CommentStatus.APPROVED);
        int adopted = orZero(given.adopted());
        int partly = orZero(given.partlyAdopted());
        int not = orZero(given.notAdopted());
        Validation v = new Validation()
                .require(adopted >= 0 && partly >= 0 && not >= 0, "adopted", "件数不能为负", "Counts cannot be negative")
                .require(adopted + partly + not == received, "received",
                        "采纳、部分采纳、未采纳之和须等于收到的意见数（" + received + "）",
                        "Adopted, partly adopted and not adopted must add up to the comments received (" + received + ")")
                .text(given.adoptedReason(), "adoptedReason", "采纳理由", "Reason for adopting", 2000, adopted > 0)
                .text(given.partlyReason(), "partlyReason", "部分采纳理由", "Reason for partly adopting", 2000, partly > 0)
                .text(given.notAdoptedReason(), "notAdoptedReason", "未采纳理由", "Reason for not adopting", 2000, not > 0);
        v.throwIfInvalid();
        hearing.publishFeedback(new Feedback((int) received, adopted, partly, not, blankToNull(given.adoptedReason()),
                blankToNull(given.partlyReason()), blankToNull(given.notAdoptedReason()), clock.instant()));
        audit.record(caller.name(), "hearing.feedback", "hearing", hearing.id(), received + " comments");
        return records.view(hearing);
    }

    /** Closes a hearing whose feedback is published; without it, the hearing cannot close. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public HearingView close(String id) {
        Hearing hearing = records.forStaff(id);
        if (hearing.status(clock.instant()) != HearingStatus.FEEDBACK_PUBLISHED) {
            throw new Conflict("须先发布意见采纳情况，才能结束意见征集",
                    "Publish the feedback on the comments before closing the hearing");
        }
        hearing.close();
        audit.record(caller.name(), "hearing.close", "hearing", hearing.id(), hearing.title());
        return records.view(hearing);
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<HearingSummary> list() {
        return hearings.all(records.staffDepartment(), 200).stream().map(records::summary).toList();
    }

    private static void requireVersion(Hearing hearing, long seen) {
        if (hearing.version() != seen) {
            throw new Conflict("草案已被他人修改，请刷新后重试", "The draft was changed by someone else; reload it");
        }
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.minsheng.hearing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.FeedbackView;
import org.minsheng.hearing.api.HearingSummary;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.SectionView;
import org.minsheng.hearing.api.VersionView;
import org.minsheng.hearing.domain.CommentStatus;
import org.minsheng.hearing.domain.DraftSection;
import org.minsheng.hearing.domain.DraftVersion;
import org.minsheng.hearing.domain.Feedback;
import org.minsheng.hearing.domain.Hearing;
import org.minsheng.hearing.domain.HearingComment;
import org.minsheng.hearing.domain.HearingRepository;
import org.minsheng.hearing.domain.HearingStatus;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/** What the hearing services share: finding hearings, the staff's department, checks and views. */
@Dependent
class HearingRecords {

    static final int MAX_SECTIONS = 100;

    @Inject
    HearingRepository hearings;

    @Inject
    StaffDirectory staff;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    Hearing find(String id) {
        return hearings.byId(id).orElseThrow(() -> new NotFound("没有找到该意见征集", "No such hearing"));
    }

    /** A hearing of the calling member of staff's department (any for an administrator). */
    Hearing forStaff(String id) {
        Hearing hearing = find(id);
        String department = staffDepartment();
        if (department != null && !department.equals(hearing.departmentCode())) {
            throw new NotFound("没有找到该意见征集", "No such hearing");
        }
        return hearing;
    }

    String staffDepartment() {
        if (caller.isInRole(Roles.ADMIN)) {
            return null;
        }
        return staff.find(caller.name()).map(StaffPrincipal::departmentCode)
                .orElseThrow(() -> new Forbidden("无权管理意见征集", "Not allowed to manage hearings"));
    }

    static void checkSections(List<SectionView> sections, Validation v) {
        List<SectionView> given = sections == null ? List.of() : sections;
        v.require(!given.isEmpty() && given.size() <= MAX_SECTIONS, "sections", "草案须有1到100个章节",
                "A draft has 1 to 100 sections");
        for (int i = 0; i < Math.min(given.size(), MAX_SECTIONS); i++) {
            SectionView s = given.get(i);
            String f = "sections[" + i + "]";
            v.text(s == null ? null : s.heading(), f + ".heading", "第" + (i + 1) + "节标题", "Heading of section " + (i + 1),
                    200, true);
            v.text(s == null ? null : s.body(), f + ".body", "第" + (i + 1) + "节正文", "Text of section " + (i + 1),
                    20000, true);
        }
    }

    static List<DraftSection> sections(List<SectionView> sections) {
        return sections.stream().map(s -> new DraftSection(s.heading().strip(), s.body().strip())).toList();
    }

    HearingSummary summary(Hearing h) {
        HearingStatus status = h.status(clock.instant());
        return new HearingSummary(h.id(), h.departmentCode(), h.title(), h.opensAt(), h.closesAt(), status.name(),
                status.labelZh(), status.labelEn(), h.versions().size(),
                hearings.countComments(h.id(), CommentStatus.APPROVED));
    }

    /** The hearing with its published comments only, as the public sees it. */
    HearingView view(Hearing h) {
        HearingStatus status = h.status(clock.instant());
        List<VersionView> versions = h.versions().stream().map(HearingRecords::version).toList();
        List<CommentView> comments = hearings.comments(h.id(), CommentStatus.APPROVED, 2000).stream()
                .map(c -> comment(c, false)).toList();
        return new HearingView(h.id(), h.departmentCode(), h.title(), h.purpose(), h.legalBasis(), h.howToComment(),
                h.opensAt(), h.closesAt(), h.shortPeriodReason(), h.feedbackDueAt(), status.name(), status.labelZh(),
                status.labelEn(), versions.get(versions.size() - 1), versions, comments, feedback(h.feedback()),
                h.version());
    }

    static VersionView version(DraftVersion v) {
        return new VersionView(v.number(), v.changeLog(), v.publishedAt(),
                v.sections().stream().map(s -> new SectionView(s.heading(), s.body())).toList());
    }

    /** A comment; {@code forStaff} adds the author's name, mobile and the text as written. */
    static CommentView comment(HearingComment c, boolean forStaff) {
        return new CommentView(c.id(), c.section(), c.versionNumber(), c.maskedAuthor(), c.maskedText(),
                c.submittedAt(), c.status().name(), c.status().labelZh(), c.status().labelEn(), c.held(),
                forStaff ? c.authorName() : null, forStaff ? c.authorMobile() : null, forStaff ? c.text() : null,
                c.version());
    }

    static FeedbackView feedback(Feedback f) {
        return f == null || f.publishedAt() == null ? null : new FeedbackView(f.received(), f.adopted(),
                f.partlyAdopted(), f.notAdopted(), f.adoptedReason(), f.partlyReason(), f.notAdoptedReason(),
                f.publishedAt());
    }
}

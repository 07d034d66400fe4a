package org.minsheng.interview.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.intake.api.AttachmentContent;
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.intake.api.AttachmentUpload;
import org.minsheng.intake.api.Attachments;
import org.minsheng.intake.api.CleanImage;
import org.minsheng.interview.api.GuestView;
import org.minsheng.shared.error.UnsupportedType;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.testing.FakeStaffDirectory;
import org.minsheng.testing.MutableClock;

/**
 * The interview's use-case services wired to in-memory fakes, on Friday 4 December 2026 at 10:00
 * in the city. Staff: {@code host}, {@code guest} (the guest of the interviews made here),
 * {@code guest2} (a guest of none), {@code mod} and {@code admin}.
 */
final class InterviewFixture {

    static final Instant FRIDAY_MORNING = Instant.parse("2026-12-04T02:00:00Z");
    static final String DEPARTMENT = "jtysj";
    /** A PNG signature and nothing more: what the fake attachment check accepts as an image. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final MutableClock clock = new MutableClock(FRIDAY_MORNING);
    final InMemoryInterviewRepository repository = new InMemoryInterviewRepository();
    final RecordingEvents events = new RecordingEvents();
    final RecordingAudit audit = new RecordingAudit();
    final FakeStaffDirectory staff = new FakeStaffDirectory()
            .addNamed("host", "李主持", "sjzyj", Roles.HOST)
            .addNamed("guest", "王局长", DEPARTMENT, Roles.GUEST)
            .addNamed("guest2", "赵处长", DEPARTMENT, Roles.GUEST)
            .addNamed("mod", "审核员", "sjzyj", Roles.MODERATOR)
            .addNamed("admin", "管理员", "sjzyj", Roles.ADMIN);
    final SignedIn caller = new SignedIn(staff);
    final Referrals cases = new Referrals();
    /** Public holidays on weekdays; weekends are always off. */
    final Set<LocalDate> holidays = new HashSet<>();

    final InterviewQueries queries = new InterviewQueries();
    final InterviewAnnouncements announcements = new InterviewAnnouncements();
    final InterviewHosting hosting = new InterviewHosting();
    final QuestionModeration moderation = new QuestionModeration();
    final ViewerCounts viewerCounts = new ViewerCounts();

    InterviewFixture() {
        InterviewRecords records = new InterviewRecords();
        records.interviews = repository;
        records.events = events;
        ImageStore images = new ImageStore();
        images.clock = clock;
        images.interviews = repository;
        images.records = records;
        images.attachments = new PngOnly();
        images.audit = audit;
        images.caller = caller;

        queries.interviews = repository;
        queries.records = records;
        queries.cases = cases;

        announcements.interviews = repository;
        announcements.images = images;
        announcements.audit = audit;
        announcements.staff = staff;
        announcements.site = new OneDepartment();
        announcements.caller = caller;

        hosting.clock = clock;
        hosting.interviews = repository;
        hosting.records = records;
        hosting.images = images;
        hosting.audit = audit;
        hosting.staff = staff;
        hosting.cases = cases;
        hosting.attachments = images.attachments;
        hosting.workingDays = new WeekdaysOff();
        hosting.events = events;
        hosting.caller = caller;

        moderation.clock = clock;
        moderation.interviews = repository;
        moderation.records = records;
        moderation.gate = new QuestionGate();
        moderation.insights = new SensitiveWords("拆迁");
        moderation.audit = audit;
        moderation.events = events;
        moderation.caller = caller;

        viewerCounts.clock = clock;
        viewerCounts.interviews = repository;
    }

    /** An interview announced by the administrator, with {@code guest} as its one guest. */
    String announced() {
        caller.signIn("admin");
        return announcements.announce(new InterviewAnnouncements.NewInterview("公交线路优化", "听取市民意见", DEPARTMENT,
                FRIDAY_MORNING, List.of(new GuestView("王局长", "局长", "Director", null)), List.of("guest")));
    }

    /** An interview the host has started. */
    String live() {
        String id = announced();
        caller.signIn("host");
        hosting.start(id);
        return id;
    }

    /** The caller of the use cases: whoever the test signed in last. */
    static final class SignedIn implements Caller {

        private final StaffDirectory staff;
        private String name = "anonymous";
        private Set<String> roles = Set.of();

        SignedIn(StaffDirectory staff) {
            this.staff = staff;
        }

        void signIn(String username) {
            StaffPrincipal who = staff.find(username).orElseThrow();
            name = who.username();
            roles = who.roles();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isInRole(String role) {
            return roles.contains(role);
        }
    }

    /** Cases the interview referred to departments, numbered in order. */
    static final class Referrals implements CaseIntake {

        record Referral(NewCase submission, String departmentCode, String reason) {
        }

        final List<Referral> referred = new ArrayList<>();

        @Override
        public Receipt referToDepartment(NewCase submission, String departmentCode, String reason) {
            referred.add(new Referral(submission, departmentCode, reason));
            return new Receipt("MS20261204-0000" + referred.size(), "12345" + referred.size());
        }

        @Override
        public Optional<CaseDetails> lookup(String trackingNumber, String queryCode) {
            return Optional.empty();
        }

        @Override
        public Receipt register(NewCase submission) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseDetails forStaffFileAccess(String caseId) {
            throw new UnsupportedOperationException();
        }
    }

    private final class WeekdaysOff implements WorkingDays {

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(day);
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate day = start;
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return day;
        }

        @Override
        public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant dueAt(Instant received, int workingDays, ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class OneDepartment implements SiteDirectory {

        private final DepartmentView transport = new DepartmentView(DEPARTMENT, "市交通运输局", "Transport Bureau", false);

        @Override
        public List<DepartmentView> departments() {
            return List.of(transport);
        }

        @Override
        public Optional<DepartmentView> department(String code) {
            return Optional.of(transport).filter(d -> d.code().equals(code));
        }

        @Override
        public Optional<DepartmentView> platformDepartment() {
            return Optional.empty();
        }

        @Override
        public Optional<DepartmentView> departmentByName(String name) {
            return Optional.empty();
        }

        @Override
        public List<LeaderView> leaders() {
            return List.of();
        }

        @Override
        public Optional<LeaderView> leader(String code) {
            return Optional.empty();
        }
    }

    /** The attachment check, reduced to its verdict on images: a PNG passes, anything else is refused. */
    private static final class PngOnly implements Attachments {

        @Override
        public long maxFileBytes() {
            return DEFAULT_MAX_BYTES;
        }

        @Override
        public CleanImage cleanImage(String fileName, String declaredType, byte[] content) {
            if (content.length < PNG.length || !Arrays.equals(content, 0, PNG.length, PNG, 0, PNG.length)) {
                throw new UnsupportedType("只接受 JPEG、PNG 图片", "Only JPEG or PNG images are accepted");
            }
            return new CleanImage("image/png", content, "sha256-of-" + fileName);
        }

        @Override
        public AttachmentUpload attachByResident(String trackingNumber, String queryCode, String fileName,
                                                 String declaredType, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AttachmentUpload attachByStaff(String caseId, String fileName, String declaredType, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AttachmentInfo> listForResident(String trackingNumber, String queryCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AttachmentInfo> listForStaff(String caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AttachmentContent downloadForResident(String trackingNumber, String queryCode, String attachmentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AttachmentContent downloadForStaff(String caseId, String attachmentId) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.minsheng.cases.application;

import org.minsheng.search.api.SearchableContentPublished;
import org.minsheng.search.api.SearchableContentWithdrawn;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.Channel;
import org.minsheng.identity.api.Roles;
import org.minsheng.testing.FakeStaffDirectory;
import org.minsheng.testing.MutableClock;

/**
 * The case services wired as the container wires them, on in-memory repositories and ports, at a
 * fixed time the test may move on. Staff: dispatcher {@code ddy}; handlers {@code zjj1} (住建局,
 * lead department in most tests) and {@code cgj1} (城管局); the 住建局 head {@code zjjhead};
 * platform reviewer {@code shy}; leader {@code shizhang}; discipline officer {@code jw1}.
 */
final class CaseWorld {

    /** Monday 30 November 2026, 10:00 in the city. */
    static final Instant MONDAY = Instant.parse("2026-11-30T02:00:00Z");

    final MutableClock clock = new MutableClock(MONDAY);
    final InMemoryCaseRepository cases = new InMemoryCaseRepository();
    final Fakes.Timeline timeline = new Fakes.Timeline();
    final Fakes.Audit audit = new Fakes.Audit();
    final Fakes.Inbox inbox = new Fakes.Inbox();
    final Fakes.Events events = new Fakes.Events();
    final FakeStaffDirectory staff = new FakeStaffDirectory();
    final Fakes.Site site = new Fakes.Site();
    final Fakes.Training training = new Fakes.Training();
    final Fakes.Insights insights = new Fakes.Insights();
    final Fakes.TestCaller caller = new Fakes.TestCaller();

    final CaseAccess access = new CaseAccess();
    final CaseViewer viewer = new CaseViewer();
    final CaseSteps steps = new CaseSteps();
    final CaseClock caseClock = new CaseClock();
    final CaseNotices notices = new CaseNotices();
    final CaseAnalyser analyser = new CaseAnalyser();
    final ReplyApproval approval = new ReplyApproval();
    final WatchedPages watchedPages = new WatchedPages();
    final PublicAnswers publicAnswers = new PublicAnswers();
    final Fired<SearchableContentPublished> searchPublished = new Fired<>();
    final Fired<SearchableContentWithdrawn> searchWithdrawn = new Fired<>();
    final CoHandlingClock coHandlingClock = new CoHandlingClock();
    final Ratings ratings = new Ratings();
    final MailboxScope mailboxScope = new MailboxScope();
    final Fakes.Hotline hotline = new Fakes.Hotline();

    CaseWorld() {
        site.add("zjj", "市住建局");
        site.add("cgj", "市城管局");
        site.add("jw", "市纪委");
        staff.add("ddy", null, Roles.DISPATCHER);
        staff.add("zjj1", "zjj", Roles.HANDLER);
        staff.add("cgj1", "cgj", Roles.HANDLER);
        staff.add("zjjhead", "zjj", Roles.DEPT_ADMIN);
        staff.add("shy", null, Roles.REVIEWER);
        staff.add("shizhang", null, Roles.LEADER);
        staff.office("shizhang", "shizhang");
        staff.add("fsz-office", null, Roles.LEADER);
        staff.office("fsz-office", "fushizhang");
        staff.add("jw1", "jw", Roles.DISCIPLINE);

        access.caller = caller;
        access.staff = staff;
        access.cases = cases;
        access.timeline = timeline;
        access.clock = clock;
        viewer.cases = cases;
        viewer.timeline = timeline;
        viewer.notifier = inbox;
        steps.caller = caller;
        steps.clock = clock;
        steps.timeline = timeline;
        steps.audit = audit;
        steps.events = events;
        steps.viewer = viewer;
        steps.site = site;
        caseClock.calendar = new Fakes.Weekdays();
        caseClock.config = new Fakes.NoConfig();
        notices.notifier = inbox;
        notices.staff = staff;
        notices.residents = new Fakes.Residents();
        analyser.insights = insights;
        analyser.site = site;
        approval.cases = cases;
        approval.caseClock = caseClock;
        approval.analyser = analyser;
        approval.notices = notices;
        approval.steps = steps;
        approval.events = events;
        publicAnswers.insights = insights;
        publicAnswers.published = watchedPages;
        publicAnswers.searchPublished = searchPublished;
        publicAnswers.searchWithdrawn = searchWithdrawn;
        approval.publicAnswers = publicAnswers;
        coHandlingClock.caseClock = caseClock;
        coHandlingClock.config = caseClock.config;
        ratings.clock = clock;
        ratings.steps = steps;
        ratings.caseClock = caseClock;
        ratings.analyser = analyser;
        ratings.notices = notices;
        ratings.publicAnswers = publicAnswers;
        ratings.events = events;
        mailboxScope.caller = caller;
        mailboxScope.staff = staff;
        mailboxScope.site = site;
        mailboxScope.config = caseClock.config;
    }

    /** Calls from now on are made by this member of staff. */
    CaseWorld as(String username) {
        caller.name = username;
        caller.roles = staff.find(username).orElseThrow().roles();
        return this;
    }

    void later(Duration duration) {
        clock.advance(duration);
    }

    /** A new complaint as a resident registered it, not analysed. */
    CaseFile received(Channel channel, String title) {
        long n = cases.nextTrackingSequence();
        CaseFile c = new CaseFile(UUID.randomUUID().toString(), String.format("MS20261130-%05d", n), "123456",
                channel, channel == Channel.LEADER_MAILBOX ? "shizhang" : null, title, "内容：" + title, "王小明",
                "13812345678", true, CaseType.of(channel, "COMPLAINT"), clock.instant());
        cases.add(c);
        return c;
    }

    CaseSearchService caseSearch() {
        CaseSearchService s = new CaseSearchService();
        s.cases = cases;
        s.access = access;
        s.audit = audit;
        return s;
    }

    DispatchService dispatch() {
        DispatchService s = new DispatchService();
        s.clock = clock;
        s.cases = cases;
        s.timeline = timeline;
        s.access = access;
        s.steps = steps;
        s.caseClock = caseClock;
        s.analyser = analyser;
        s.notices = notices;
        s.site = site;
        s.trainingData = training;
        s.events = events;
        s.coHandlingClock = coHandlingClock;
        return s;
    }

    HandlingService handling() {
        HandlingService s = new HandlingService();
        s.clock = clock;
        s.timeline = timeline;
        s.access = access;
        s.steps = steps;
        s.notices = notices;
        s.approval = approval;
        s.events = events;
        s.reviewRequired = true;
        return s;
    }

    ReviewService review() {
        ReviewService s = new ReviewService();
        s.clock = clock;
        s.cases = cases;
        s.access = access;
        s.steps = steps;
        s.notices = notices;
        s.approval = approval;
        s.publicAnswers = publicAnswers;
        return s;
    }

    ExtensionService extensions() {
        ExtensionService s = new ExtensionService();
        s.cases = cases;
        s.access = access;
        s.steps = steps;
        s.caseClock = caseClock;
        s.notices = notices;
        return s;
    }

    LeaderService leaders() {
        LeaderService s = new LeaderService();
        s.cases = cases;
        s.access = access;
        s.steps = steps;
        s.notices = notices;
        s.scope = mailboxScope;
        return s;
    }

    WorkbenchService workbench() {
        WorkbenchService s = new WorkbenchService();
        s.cases = cases;
        s.timeline = timeline;
        s.access = access;
        s.viewer = viewer;
        s.audit = audit;
        return s;
    }

    ResidentCaseService residents() {
        ResidentCaseService s = new ResidentCaseService();
        s.clock = clock;
        s.cases = cases;
        s.access = access;
        s.steps = steps;
        s.viewer = viewer;
        s.caller = caller;
        s.caseClock = caseClock;
        s.analyser = analyser;
        s.notices = notices;
        s.events = events;
        s.publicAnswers = publicAnswers;
        s.ratings = ratings;
        return s;
    }

    FollowUpVisitService followUpVisits() {
        FollowUpVisitService s = new FollowUpVisitService();
        s.clock = clock;
        s.access = access;
        s.records = hotline;
        s.ratings = ratings;
        s.viewer = viewer;
        return s;
    }

    CoHandlingSupervision coHandlingSupervision() {
        CoHandlingSupervision s = new CoHandlingSupervision();
        s.clock = clock;
        s.timeline = timeline;
        s.cases = cases;
        s.steps = steps;
        s.caseClock = caseClock;
        s.notices = notices;
        return s;
    }

    SubStatusService subStatuses() {
        SubStatusService s = new SubStatusService();
        s.timeline = timeline;
        s.audit = audit;
        s.caller = caller;
        return s;
    }

    SupervisionService supervision() {
        SupervisionService s = new SupervisionService();
        s.clock = clock;
        s.cases = cases;
        s.steps = steps;
        s.caseClock = caseClock;
        s.notices = notices;
        s.site = site;
        s.events = events;
        s.closeUnratedAfterDays = 10;
        return s;
    }

    /** A case dispatched to 住建局 and signed there. */
    CaseFile handledByZjj(String title) {
        CaseFile c = received(Channel.MESSAGE_BOARD, title);
        as("ddy").dispatch().dispatch(c.id(), "zjj", null, null, null, c.version());
        as("zjj1").handling().sign(c.id(), c.version());
        return c;
    }
}

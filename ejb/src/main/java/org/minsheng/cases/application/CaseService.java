package org.minsheng.cases.application;

import org.minsheng.identity.api.Roles;
import org.minsheng.shared.time.CityTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.MyMessage;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.domain.BoardFilter;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseDispatched;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReceived;
import org.minsheng.cases.domain.CaseReopened;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.CaseStepRecorded;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.FeedbackGiven;
import org.minsheng.cases.domain.Satisfaction;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.notification.api.NotificationView;
import org.minsheng.notification.api.Notifier;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.paging.Page;
import org.minsheng.site.api.SiteDirectory;

/**
 * The resident's side of the case workflow: registering a message, following it with the tracking
 * number and query code, supplying material, asking a follow-up and rating the answer; and the
 * public board. Staff steps are in {@link CaseWorkflowService}.
 */
@Stateless
@LocalBean
@Local(CaseIntake.class)
public class CaseService implements CaseIntake {

    /** The city's time zone: tracking numbers, days taken and due dates count local days. */

    private final SecureRandom random = new SecureRandom();
    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    CaseClock caseClock;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<Dispatcher> dispatchers;

    @Inject
    Event<DomainEvent> events;

    @Inject
    CaseAnalyser analyser;

    @Inject
    TextInsightsFacade insights;

    @Inject
    SiteDirectory site;

    @Inject
    Notifier notifier;

    @Inject
    CaseNotices notices;

    @jakarta.ejb.EJB
    CaseWorkflowService workflow;

    @Resource
    SessionContext session;

    @Override
    @PermitAll
    public Receipt register(NewCase submission) {
        Instant now = clock.instant();
        CaseFile caseFile = newCase(submission, now);
        CaseAnalysis analysis = analyser.analyse(submission.title(), submission.body());
        caseFile.recordAnalysis(analysis.category(), analysis == CaseAnalysis.NONE ? null : analysis.confidence(),
                analysis.suggestionsText(), analysis.urgent(), analysis.urgencyReason());
        caseFile.recordModeration(analysis.sensitiveWords());
        boolean confidential = caseFile.channel() == Channel.REPORT_MAILBOX;
        if (!confidential) {
            caseFile.recordDuplicates(analyser.duplicatesOf(caseFile.id(), submission.title(), submission.body())
                    .stream().limit(5)
                    .flatMap(d -> cases.byId(d.caseId()).stream()
                            .map(c -> c.trackingNumber() + "|" + String.format(Locale.ROOT, "%.2f", d.score())))
                    .collect(Collectors.joining(";")));
        }
        if (session.isCallerInRole(ResidentPrincipal.ROLE)) {
            caseFile.writtenBy(session.getCallerPrincipal().getName());
        }
        cases.add(caseFile);
        if (!confidential) {
            // Reports are never offered as duplicates of other messages: that would reveal them.
            analyser.index(caseFile.id(), submission.title(), submission.body());
        }
        timeline.add(new CaseStep(caseFile.id(), now, AuditTrail.ANONYMOUS, StepKind.REGISTERED, null));
        audit.record(AuditTrail.ANONYMOUS, "case.register", "case", caseFile.id(), caseFile.trackingNumber() + " "
                + caseFile.channel().name() + (analysis.category() == null ? "" : " " + analysis.category()));
        events.fire(new CaseReceived(caseFile.id(), caseFile.trackingNumber(), caseFile.channel(), caseFile.title(), now));

        Dispatcher.Submission input = new Dispatcher.Submission(caseFile.channel().name(), submission.leaderCode(),
                submission.title(), submission.body(), analysis);
        dispatchers.stream()
                .sorted(Comparator.comparingInt(Dispatcher::priority))
                .map(d -> d.decide(input))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(decision -> dispatchOnArrival(caseFile, decision.departmentCode(), decision.reason(),
                        AuditTrail.SYSTEM, now));
        return new Receipt(caseFile.trackingNumber(), caseFile.queryCode());
    }

    @Override
    @PermitAll
    public Receipt referToDepartment(NewCase submission, String departmentCode, String reason) {
        Instant now = clock.instant();
        CaseFile caseFile = newCase(submission, now);
        cases.add(caseFile);
        String actor = session.getCallerPrincipal() == null ? AuditTrail.SYSTEM : session.getCallerPrincipal().getName();
        timeline.add(new CaseStep(caseFile.id(), now, actor, StepKind.REGISTERED, reason));
        events.fire(new CaseReceived(caseFile.id(), caseFile.trackingNumber(), caseFile.channel(), caseFile.title(), now));
        dispatchOnArrival(caseFile, departmentCode, reason, actor, now);
        return new Receipt(caseFile.trackingNumber(), caseFile.queryCode());
    }

    private CaseFile newCase(NewCase submission, Instant now) {
        Channel channel = Channel.valueOf(submission.channel());
        String number = TrackingNumber.of(now.atZone(CityTime.ZONE).toLocalDate(), cases.nextTrackingSequence());
        return new CaseFile(UUID.randomUUID().toString(), number, TrackingNumber.newQueryCode(random), channel,
                submission.leaderCode(), submission.title(), submission.body(), submission.residentName(),
                submission.residentMobile(), submission.publicRequested(),
                CaseType.of(channel, submission.caseType()), now);
    }

    private void dispatchOnArrival(CaseFile caseFile, String departmentCode, String reason, String actor, Instant now) {
        int days = caseClock.limitFor(caseFile);
        caseFile.dispatchTo(departmentCode, days, now, caseClock.dueFrom(now, days));
        timeline.add(new CaseStep(caseFile.id(), now, actor, StepKind.DISPATCHED,
                site.department(departmentCode).map(d -> d.name()).orElse(departmentCode)));
        audit.record(actor, "case.dispatch", "case", caseFile.id(), departmentCode + " — " + reason);
        events.fire(new CaseDispatched(caseFile.id(), departmentCode, actor, reason, now));
    }

    /**
     * A resident's look-up. An unknown number and a wrong code look the same to the caller; wrong
     * codes are counted (hence no exception here: the count must commit), in a transaction of
     * their own so that a caller which then refuses the request cannot roll the count back.
     */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<CaseDetails> lookup(String trackingNumber, String queryCode) {
        return residentCase(trackingNumber, queryCode).map(this::residentView);
    }

    /** Staff opening or adding a case's files see it under the workflow's visibility rules. */
    @Override
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails forStaffFileAccess(String caseId) {
        return workflow.forStaff(caseId);
    }

    /** "My messages": everything the signed-in resident wrote, newest first. */
    @RolesAllowed(ResidentPrincipal.ROLE)
    public List<MyMessage> myMessages() {
        return cases.writtenBy(session.getCallerPrincipal().getName(), 200).stream()
                .map(c -> new MyMessage(c.trackingNumber(), c.title(), c.channel().labelZh(), c.channel().labelEn(),
                        c.status().name(), c.status().labelZh(), c.status().labelEn(), c.receivedAt(), c.answeredAt()))
                .toList();
    }

    /** One of the signed-in resident's own messages, without the query code. */
    @RolesAllowed(ResidentPrincipal.ROLE)
    public Optional<CaseDetails> myMessage(String trackingNumber) {
        String me = session.getCallerPrincipal().getName();
        return cases.byTrackingNumber(trackingNumber).filter(c -> me.equals(c.residentAccount()))
                .map(this::residentView);
    }

    /** The resident supplies the material the department asked for (补充材料); the clock runs again. */
    @PermitAll
    public Optional<CaseDetails> supplement(String trackingNumber, String queryCode, String text) {
        new Validation().text(text, "text", "补充内容", "Supplement", 2000, true).throwIfInvalid();
        Optional<CaseFile> found = residentCase(trackingNumber, queryCode);
        found.ifPresent(c -> {
            Instant now = clock.instant();
            c.supplementReceived(caseClock.pushedBy(c.dueAt(), c.pausedAt(), now));
            timeline.add(new CaseStep(c.id(), now, AuditTrail.ANONYMOUS, StepKind.SUPPLEMENTED, text.strip()));
            audit.record(AuditTrail.ANONYMOUS, "case.supplement", "case", c.id(), null);
            events.fire(new CaseStepRecorded(c.id(), c.departmentCode(), StepKind.SUPPLEMENTED, AuditTrail.ANONYMOUS, now));
            notifyHandlers(c, "群众已补充材料：" + c.trackingNumber(), text.strip());
        });
        return found.map(this::residentView);
    }

    /** A follow-up question on an answer (追问) sends the case back to its department. */
    @PermitAll
    public Optional<CaseDetails> followUp(String trackingNumber, String queryCode, String text) {
        new Validation().text(text, "text", "追问内容", "Follow-up question", 1000, true).throwIfInvalid();
        Optional<CaseFile> found = residentCase(trackingNumber, queryCode);
        found.ifPresent(c -> {
            Instant now = clock.instant();
            int days = caseClock.limitFor(c);
            c.followUp(days, now, caseClock.dueFrom(now, days));
            timeline.add(new CaseStep(c.id(), now, AuditTrail.ANONYMOUS, StepKind.FOLLOW_UP, text.strip()));
            audit.record(AuditTrail.ANONYMOUS, "case.follow-up", "case", c.id(), null);
            events.fire(new CaseReopened(c.id(), c.departmentCode(), "follow-up", now));
            notifyHandlers(c, "群众追问：" + c.trackingNumber(), text.strip());
        });
        return found.map(this::residentView);
    }

    /**
     * The resident rates the answer (five levels). The two lowest reopen the case for redo (重办)
     * with a fresh time limit, at most {@code minsheng.cases.max-redo} times.
     */
    @PermitAll
    public Optional<CaseDetails> rate(String trackingNumber, String queryCode, Integer score, String comment) {
        new Validation()
                .require(score != null && score >= 1 && score <= 5, "score", "请选择1至5级满意度",
                        "Choose a rating from 1 to 5")
                .text(comment, "comment", "评价意见", "Comment", 500, false)
                .throwIfInvalid();
        Optional<CaseFile> found = residentCase(trackingNumber, queryCode);
        found.ifPresent(c -> {
            Instant now = clock.instant();
            Satisfaction satisfaction = Satisfaction.ofScore(score);
            int days = caseClock.limitFor(c);
            String text = comment == null || comment.isBlank() ? null : comment.strip();
            boolean reopened = c.rate(satisfaction, text, caseClock.limits().maxRedo(), days, now,
                    caseClock.dueFrom(now, days));
            timeline.add(new CaseStep(c.id(), now, AuditTrail.ANONYMOUS, StepKind.RATED,
                    satisfaction.labelZh() + (text == null ? "" : "：" + text)));
            timeline.add(new CaseStep(c.id(), now, AuditTrail.SYSTEM, reopened ? StepKind.REOPENED : StepKind.CLOSED,
                    reopened ? "第" + c.redoCount() + "次重办" : null));
            audit.record(AuditTrail.ANONYMOUS, "case.rate", "case", c.id(), score + (reopened ? " reopened" : " closed"));
            events.fire(new FeedbackGiven(c.id(), c.departmentCode(), score, reopened, now));
            if (reopened) {
                analyser.index(c.id(), c.title(), c.body());
                events.fire(new CaseReopened(c.id(), c.departmentCode(), "dissatisfied", now));
                notifyHandlers(c, "群众不满意，需重办：" + c.trackingNumber(), text == null ? satisfaction.labelZh() : text);
            }
        });
        return found.map(this::residentView);
    }

    /**
     * The public board, filtered by channel, department, category and status (codes; blank or
     * unknown values do not filter).
     */
    @PermitAll
    public Page<BoardEntry> board(String channel, String departmentCode, String category, String status, int page,
                                  int size) {
        return board(new BoardFilter(enumOrNull(Channel.class, channel), blankToNull(departmentCode),
                blankToNull(category), enumOrNull(CaseStatus.class, status)), page, size);
    }

    private Page<BoardEntry> board(BoardFilter filter, int page, int size) {
        int p = Math.max(1, page);
        int s = Math.max(1, Math.min(size, Page.MAX_SIZE));
        List<BoardEntry> items = cases.published(filter, (p - 1) * s, s).stream().map(this::boardEntry).toList();
        return new Page<>(items, p, s, cases.countPublished(filter));
    }

    @PermitAll
    public Page<BoardEntry> board(int page, int size) {
        return board(BoardFilter.NONE, page, size);
    }

    /**
     * Brings in a case handled before the platform existed (migration from an earlier system, and
     * the demo data): received, dispatched and possibly answered at the given times.
     */
    @RolesAllowed(Roles.ADMIN)
    public String importHistorical(NewCase submission, String departmentCode, Instant receivedAt, String reply,
                                   boolean publish, Instant answeredAt, Integer rating) {
        CaseFile caseFile = newCase(submission, receivedAt);
        cases.add(caseFile);
        int days = caseClock.limitFor(caseFile);
        caseFile.dispatchTo(departmentCode, days, receivedAt, caseClock.dueFrom(receivedAt, days));
        if (reply != null) {
            caseFile.submitReply(reply, "历史数据导入", publish);
            caseFile.approveReply(answeredAt);
            if (rating != null) {
                // Imported ratings never reopen: the earlier system already handled dissatisfaction.
                caseFile.rate(Satisfaction.ofScore(rating), null, 0, 0, answeredAt.plus(Duration.ofDays(1)), null);
            }
        } else {
            analyser.index(caseFile.id(), caseFile.title(), caseFile.body());
        }
        String actor = session.getCallerPrincipal().getName();
        timeline.add(new CaseStep(caseFile.id(), receivedAt, actor, StepKind.REGISTERED, "历史数据导入"));
        audit.record(actor, "case.import", "case", caseFile.id(), caseFile.trackingNumber() + " → " + departmentCode);
        events.fire(new CaseReceived(caseFile.id(), caseFile.trackingNumber(), caseFile.channel(), caseFile.title(),
                receivedAt));
        events.fire(new CaseDispatched(caseFile.id(), departmentCode, actor, "import", receivedAt));
        if (reply != null) {
            events.fire(new CaseAnswered(caseFile.id(), departmentCode, caseFile.isPublished(),
                    Duration.between(receivedAt, answeredAt).toMinutes(), answeredAt));
        }
        return caseFile.trackingNumber();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Optional<CaseFile> residentCase(String trackingNumber, String queryCode) {
        if (!TrackingNumber.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        return cases.byTrackingNumber(trackingNumber).filter(c -> c.acceptsQueryCode(queryCode, clock.instant()));
    }

    private CaseDetails residentView(CaseFile c) {
        CaseFile shown = c.status() == CaseStatus.MERGED && c.masterCaseId() != null
                ? cases.byId(c.masterCaseId()).orElse(c) : c;
        List<String> notes = notifier.ofCase(c.id()).stream().map(NotificationView::subject).toList();
        return CaseViews.details(c, shown, false, timeline.stepsOf(c.id()), List.of(), timeline.subStatuses(), notes);
    }

    private void notifyHandlers(CaseFile c, String subject, String body) {
        notices.toDepartment(c, subject, body);
    }

    /** Published text never shows phone, ID-card, plate numbers or e-mail addresses. */
    private BoardEntry boardEntry(CaseFile c) {
        long days = caseClock.workingDaysBetween(c.receivedAt(), c.answeredAt());
        return new BoardEntry(c.trackingNumber(), c.channel().name(), c.channel().labelZh(), c.channel().labelEn(),
                insights.mask(c.title()), insights.mask(c.body()), c.departmentCode(), c.receivedAt(), c.answeredAt(),
                insights.mask(c.reply()), days);
    }
}

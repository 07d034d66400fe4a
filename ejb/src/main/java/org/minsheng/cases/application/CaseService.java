package org.minsheng.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
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
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseDispatched;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReceived;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.api.TrainingData;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.paging.Page;

/** The case workflow's use cases: one method each, with its roles, audit record and event. */
@Stateless
@LocalBean
@Local(CaseIntake.class)
public class CaseService implements CaseIntake {

    /** The city's time zone: tracking numbers and days taken count local days. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.system(CITY_ZONE);

    @Inject
    CaseRepository cases;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    Instance<Dispatcher> dispatchers;

    @Inject
    Event<DomainEvent> events;

    @Inject
    CaseAnalyser analyser;

    @Inject
    TextInsightsFacade insights;

    @Inject
    TrainingData trainingData;

    @Inject
    SiteDirectory site;

    @Resource
    SessionContext session;

    @Override
    @PermitAll
    public Receipt register(NewCase submission) {
        Instant now = clock.instant();
        Channel channel = Channel.valueOf(submission.channel());
        String number = TrackingNumber.of(now.atZone(CITY_ZONE).toLocalDate(), cases.nextTrackingSequence());
        CaseFile caseFile = new CaseFile(UUID.randomUUID().toString(), number, TrackingNumber.newQueryCode(random),
                channel, submission.leaderCode(), submission.title(), submission.body(), submission.residentName(),
                submission.residentMobile(), submission.publicRequested(), now);
        CaseAnalysis analysis = analyser.analyse(submission.title(), submission.body());
        caseFile.recordAnalysis(analysis.category(), analysis == CaseAnalysis.NONE ? null : analysis.confidence(),
                analysis.suggestionsText(), analysis.urgent(), analysis.urgencyReason());
        caseFile.recordModeration(analysis.sensitiveWords());
        caseFile.recordDuplicates(analyser.duplicatesOf(caseFile.id(), submission.title(), submission.body()).stream()
                .limit(5)
                .flatMap(d -> cases.byId(d.caseId()).stream()
                        .map(c -> c.trackingNumber() + "|" + String.format(java.util.Locale.ROOT, "%.2f", d.score())))
                .collect(java.util.stream.Collectors.joining(";")));
        cases.add(caseFile);
        analyser.index(caseFile.id(), submission.title(), submission.body());
        audit.record(AuditTrail.ANONYMOUS, "case.register", "case", caseFile.id(), number + " " + channel.name()
                + (analysis.category() == null ? "" : " " + analysis.category()));
        events.fire(new CaseReceived(caseFile.id(), number, channel, caseFile.title(), now));

        Dispatcher.Submission input = new Dispatcher.Submission(channel.name(), submission.leaderCode(),
                submission.title(), submission.body(), analysis);
        dispatchers.stream()
                .sorted(Comparator.comparingInt(Dispatcher::priority))
                .map(d -> d.decide(input))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(decision -> {
                    caseFile.dispatchTo(decision.departmentCode(), now);
                    audit.record(AuditTrail.SYSTEM, "case.dispatch", "case", caseFile.id(),
                            decision.departmentCode() + " — " + decision.reason());
                    events.fire(new CaseDispatched(caseFile.id(), decision.departmentCode(), AuditTrail.SYSTEM,
                            decision.reason(), now));
                });
        return new Receipt(number, caseFile.queryCode());
    }

    @Override
    @PermitAll
    public Receipt referToDepartment(NewCase submission, String departmentCode, String reason) {
        Instant now = clock.instant();
        Channel channel = Channel.valueOf(submission.channel());
        String number = TrackingNumber.of(now.atZone(CITY_ZONE).toLocalDate(), cases.nextTrackingSequence());
        CaseFile caseFile = new CaseFile(UUID.randomUUID().toString(), number, TrackingNumber.newQueryCode(random),
                channel, submission.leaderCode(), submission.title(), submission.body(), submission.residentName(),
                submission.residentMobile(), submission.publicRequested(), now);
        cases.add(caseFile);
        caseFile.dispatchTo(departmentCode, now);
        String actor = session.getCallerPrincipal() == null ? AuditTrail.SYSTEM : session.getCallerPrincipal().getName();
        audit.record(actor, "case.refer", "case", caseFile.id(), number + " → " + departmentCode + " — " + reason);
        events.fire(new CaseReceived(caseFile.id(), number, channel, caseFile.title(), now));
        events.fire(new CaseDispatched(caseFile.id(), departmentCode, actor, reason, now));
        return new Receipt(number, caseFile.queryCode());
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
        if (!TrackingNumber.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        return cases.byTrackingNumber(trackingNumber)
                .filter(c -> c.acceptsQueryCode(queryCode, clock.instant()))
                .map(c -> details(c, false));
    }

    @PermitAll
    public Page<BoardEntry> board(int page, int size) {
        int p = Math.max(1, page);
        int s = Math.max(1, Math.min(size, Page.MAX_SIZE));
        List<BoardEntry> items = cases.published((p - 1) * s, s).stream().map(this::boardEntry).toList();
        return new Page<>(items, p, s, cases.countPublished());
    }

    /** Cases no dispatcher rule could place, for the platform's dispatchers (人工分办). */
    @RolesAllowed("dispatcher")
    public List<QueueItem> dispatchQueue() {
        return cases.awaitingDispatch(200).stream().map(CaseService::queueItem).toList();
    }

    /**
     * A dispatcher sends a case to a department (分办), or to another one (改派). When the chosen
     * category differs from the classifier's, the message becomes a training example.
     */
    @RolesAllowed("dispatcher")
    public CaseDetails dispatch(String caseId, String departmentCode, String category, long expectedVersion) {
        CaseFile caseFile = cases.byId(caseId).orElseThrow(() -> new NotFound("没有找到该件", "No such case"));
        new Validation()
                .require(departmentCode != null && site.department(departmentCode).isPresent(), "departmentCode",
                        "请选择承办单位", "Choose the receiving department")
                .throwIfInvalid();
        if (caseFile.version() != expectedVersion) {
            throw new Conflict("该件已被他人修改，请刷新后重试", "The case was changed by someone else; reload and retry");
        }
        StaffPrincipal me = caller();
        String predicted = caseFile.category();
        caseFile.dispatchTo(departmentCode, clock.instant());
        caseFile.correctCategory(category);
        if (category != null && !category.isBlank() && !category.equals(predicted)) {
            trainingData.record(category, caseFile.title() + "\n" + caseFile.body(), TrainingData.DISPATCHER_CORRECTION,
                    caseId);
        }
        audit.record(me.username(), "case.dispatch", "case", caseId,
                departmentCode + (category == null || category.isBlank() ? "" : " " + category));
        events.fire(new CaseDispatched(caseId, departmentCode, me.username(), "manual", clock.instant()));
        return details(caseFile, true);
    }

    /** Answers held back from the public board because the message contains sensitive words. */
    @RolesAllowed({"reviewer", "admin"})
    public List<QueueItem> heldForReview() {
        return cases.heldForReview(200).stream().map(CaseService::queueItem).toList();
    }

    /** A reviewer publishes a held answer or keeps it private. */
    @RolesAllowed({"reviewer", "admin"})
    public CaseDetails decidePublication(String caseId, boolean publish) {
        CaseFile caseFile = cases.byId(caseId).orElseThrow(() -> new NotFound("没有找到该件", "No such case"));
        caseFile.decidePublication(publish);
        audit.record(caller().username(), publish ? "case.publication.approve" : "case.publication.refuse", "case",
                caseId, caseFile.moderationHits());
        return details(caseFile, true);
    }

    @RolesAllowed("handler")
    public List<QueueItem> myQueue() {
        StaffPrincipal me = caller();
        return cases.openCasesOf(me.departmentCode(), 200).stream().map(CaseService::queueItem).toList();
    }

    @RolesAllowed({"handler", "dispatcher", "reviewer", "admin"})
    public CaseDetails forStaff(String caseId) {
        return details(visibleToCaller(caseId), true);
    }

    @Override
    @RolesAllowed({"handler", "dispatcher", "reviewer", "admin", "discipline"})
    public CaseDetails forStaffFileAccess(String caseId) {
        CaseFile caseFile = cases.byId(caseId).orElseThrow(() -> new NotFound("没有找到该件", "No such case"));
        if (caseFile.channel() == Channel.REPORT_MAILBOX) {
            if (!caller().hasRole("discipline")) {
                throw new NotFound("没有找到该件", "No such case");
            }
            return details(caseFile, true);
        }
        return details(visibleToCaller(caseId), true);
    }

    @RolesAllowed("handler")
    public CaseDetails answer(String caseId, String reply, boolean publish, long expectedVersion) {
        new Validation().text(reply, "reply", "答复内容", "Reply", 4000, true).throwIfInvalid();
        CaseFile caseFile = visibleToCaller(caseId);
        if (caseFile.version() != expectedVersion) {
            throw new Conflict("该件已被他人修改，请刷新后重试", "The case was changed by someone else; reload and retry");
        }
        StaffPrincipal me = caller();
        if (!me.departmentCode().equals(caseFile.departmentCode())) {
            throw new Forbidden("只能答复本单位承办的件", "Only the handling department may answer this case");
        }
        Instant now = clock.instant();
        caseFile.answer(reply.strip(), me.displayName(), publish, now);
        analyser.forget(caseId);
        audit.record(me.username(), "case.answer", "case", caseId, publish ? "public" : "private");
        events.fire(new CaseAnswered(caseId, caseFile.departmentCode(), caseFile.isPublished(),
                Duration.between(caseFile.receivedAt(), now).toMinutes(), now));
        return details(caseFile, true);
    }

    /**
     * Brings in a case handled before the platform existed (migration from an earlier system, and
     * the demo data): received, dispatched and possibly answered at the given times.
     */
    @RolesAllowed("admin")
    public String importHistorical(NewCase submission, String departmentCode, Instant receivedAt, String reply,
                                   boolean publish, Instant answeredAt) {
        Channel channel = Channel.valueOf(submission.channel());
        String number = TrackingNumber.of(receivedAt.atZone(CITY_ZONE).toLocalDate(), cases.nextTrackingSequence());
        CaseFile caseFile = new CaseFile(UUID.randomUUID().toString(), number, TrackingNumber.newQueryCode(random),
                channel, submission.leaderCode(), submission.title(), submission.body(), submission.residentName(),
                submission.residentMobile(), submission.publicRequested(), receivedAt);
        cases.add(caseFile);
        caseFile.dispatchTo(departmentCode, receivedAt);
        if (reply != null) {
            caseFile.answer(reply, "历史数据导入", publish, answeredAt);
        } else {
            analyser.index(caseFile.id(), caseFile.title(), caseFile.body());
        }
        String actor = session.getCallerPrincipal().getName();
        audit.record(actor, "case.import", "case", caseFile.id(), number + " → " + departmentCode);
        events.fire(new CaseReceived(caseFile.id(), number, channel, caseFile.title(), receivedAt));
        events.fire(new CaseDispatched(caseFile.id(), departmentCode, actor, "import", receivedAt));
        if (reply != null) {
            events.fire(new CaseAnswered(caseFile.id(), departmentCode, caseFile.isPublished(),
                    Duration.between(receivedAt, answeredAt).toMinutes(), answeredAt));
        }
        return number;
    }

    /** The case if the caller may see it: handlers only their department's, others all. */
    private CaseFile visibleToCaller(String caseId) {
        CaseFile caseFile = cases.byId(caseId)
                .orElseThrow(() -> new NotFound("没有找到该件", "No such case"));
        StaffPrincipal me = caller();
        boolean departmental = !me.hasRole("dispatcher") && !me.hasRole("reviewer") && !me.hasRole("admin");
        if (departmental && !me.departmentCode().equals(caseFile.departmentCode())) {
            // Same answer as for a missing case: handlers learn nothing about other departments' work.
            throw new NotFound("没有找到该件", "No such case");
        }
        return caseFile;
    }

    private StaffPrincipal caller() {
        String name = session.getCallerPrincipal().getName();
        return staff.find(name).orElseThrow(() -> new Forbidden("账号不可用", "Account not available"));
    }

    private static CaseDetails details(CaseFile c, boolean forStaff) {
        return new CaseDetails(c.id(), c.trackingNumber(), c.channel().name(), c.channel().labelZh(),
                c.channel().labelEn(), c.leaderCode(), c.title(), c.body(), c.residentName(),
                forStaff ? c.residentMobile() : null, c.publicRequested(), c.status().name(), c.status().labelZh(),
                c.status().labelEn(), c.departmentCode(), c.receivedAt(), c.answeredAt(), c.reply(),
                c.isPublished(), c.version(), forStaff ? c.category() : null, forStaff ? c.confidence() : null,
                forStaff ? CaseAnalysis.parseSuggestions(c.suggestions()) : List.of(), forStaff && c.isUrgent(),
                forStaff ? c.urgencyReason() : null, forStaff ? duplicateHints(c.duplicates()) : List.of(),
                forStaff ? c.moderationHits() : null, forStaff && c.isHeldForReview());
    }

    private static List<org.minsheng.cases.api.DuplicateHint> duplicateHints(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(";")).map(part -> part.split("\\|"))
                .filter(p -> p.length == 2)
                .map(p -> new org.minsheng.cases.api.DuplicateHint(p[0], Double.parseDouble(p[1])))
                .toList();
    }

    /** Published text never shows phone, ID-card, plate numbers or e-mail addresses. */
    private BoardEntry boardEntry(CaseFile c) {
        long days = Duration.between(c.receivedAt(), c.answeredAt()).toDays();
        return new BoardEntry(c.trackingNumber(), c.channel().name(), c.channel().labelZh(), c.channel().labelEn(),
                insights.mask(c.title()), insights.mask(c.body()), c.departmentCode(), c.receivedAt(), c.answeredAt(),
                insights.mask(c.reply()), days);
    }

    private static QueueItem queueItem(CaseFile c) {
        return new QueueItem(c.id(), c.trackingNumber(), c.channel().labelZh(), c.channel().labelEn(), c.title(),
                c.status().name(), c.status().labelZh(), c.status().labelEn(), c.receivedAt(), c.category(),
                c.confidence(), c.isUrgent());
    }
}

package org.minsheng.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseDispatched;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReceived;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseType;
import org.minsheng.cases.domain.FeedbackGiven;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.PossibleDuplicate;
import org.minsheng.cases.domain.Satisfaction;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.SuggestedRoute;
import org.minsheng.cases.domain.TextFindings;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.security.Caller;
import org.minsheng.shared.time.CityTime;

/**
 * How cases come in: a resident's message (analysed, and dispatched at once when a dispatch rule
 * decides), a case another feature addresses to a department, and cases handled before the
 * platform existed; and the look-ups other features make. The resident's further steps are in
 * {@link ResidentCaseService}, the staff's in the services named after their work.
 */
@Stateless
@LocalBean
@Local(CaseIntake.class)
public class CaseService implements CaseIntake {

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseViewer viewer;

    @Inject
    Caller caller;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseAnalyser analyser;

    @Inject
    Instance<Dispatcher> dispatchers;

    @Inject
    Event<DomainEvent> events;

    @Inject
    PublicAnswers publicAnswers;

    @EJB
    WorkbenchService workbench;

    @Override
    @PermitAll
    public Receipt register(NewCase submission) {
        Instant now = clock.instant();
        CaseFile caseFile = newCase(submission, now);
        CaseAnalysis analysis = analyser.analyse(submission.title(), submission.body());
        TextFindings findings = caseFile.findings();
        findings.record(analysis.category(), analysis == CaseAnalysis.NONE ? null : analysis.confidence(),
                analysis.suggestions().stream()
                        .map(s -> new SuggestedRoute(s.category(), s.departmentCode(), s.confidence())).toList(),
                analysis.urgent(), analysis.urgencyReason());
        findings.recordSensitiveWords(analysis.sensitiveWords());
        boolean confidential = CaseAccess.isConfidential(caseFile);
        if (!confidential) {
            findings.recordDuplicates(analyser.duplicatesOf(caseFile.id(), submission.title(), submission.body())
                    .stream().limit(5)
                    .flatMap(d -> cases.byId(d.caseId()).stream()
                            .map(c -> new PossibleDuplicate(c.trackingNumber(), d.score())))
                    .toList());
        }
        if (caller.isInRole(ResidentPrincipal.ROLE)) {
            caseFile.resident().signedIn(caller.name());
        }
        cases.add(caseFile);
        if (!confidential) {
            // Reports are never offered as duplicates of other messages: that would reveal them.
            analyser.index(caseFile.id(), submission.title(), submission.body());
        }
        steps.recorded(caseFile, now, AuditTrail.ANONYMOUS, StepKind.REGISTERED, null, "case.register",
                caseFile.trackingNumber() + " " + caseFile.channel().name()
                        + (analysis.category() == null ? "" : " " + analysis.category()));
        events.fire(CaseReceived.of(caseFile, now));

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
        String actor = caller.name() == null ? AuditTrail.SYSTEM : caller.name();
        steps.note(caseFile.id(), now, actor, StepKind.REGISTERED, reason);
        events.fire(CaseReceived.of(caseFile, now));
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
        steps.recorded(caseFile, now, actor, StepKind.DISPATCHED, steps.departmentName(departmentCode), "case.dispatch",
                departmentCode + " — " + reason);
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
        return access.withQueryCode(trackingNumber, queryCode).map(viewer::forResident);
    }

    /** Staff opening or adding a case's files see it under the workflow's visibility rules. */
    @Override
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails forStaffFileAccess(String caseId) {
        return workbench.forStaff(caseId);
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
            publicAnswers.sync(caseFile);
            if (rating != null) {
                // Imported ratings never reopen: the earlier system already handled dissatisfaction.
                caseFile.rate(Satisfaction.ofScore(rating), null, 0, 0, answeredAt.plus(Duration.ofDays(1)), null);
            }
        } else {
            analyser.index(caseFile.id(), caseFile.letter().title(), caseFile.letter().body());
        }
        String actor = caller.name();
        steps.recorded(caseFile, receivedAt, actor, StepKind.REGISTERED, "历史数据导入", "case.import",
                caseFile.trackingNumber() + " → " + departmentCode);
        events.fire(CaseReceived.of(caseFile, receivedAt));
        events.fire(new CaseDispatched(caseFile.id(), departmentCode, actor, "import", receivedAt));
        if (reply != null) {
            events.fire(new CaseAnswered(caseFile.id(), departmentCode, caseFile.answer().isPublished(),
                    Duration.between(receivedAt, answeredAt).toMinutes(), answeredAt,
                    caseClock.workingDaysBetween(receivedAt, answeredAt), caseClock.onTime(caseFile, answeredAt)));
            if (rating != null) {
                events.fire(new FeedbackGiven(caseFile.id(), departmentCode, rating, false,
                        answeredAt.plus(Duration.ofDays(1))));
            }
        }
        return caseFile.trackingNumber();
    }
}

package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.domain.CaseDispatched;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseMerged;
import org.minsheng.cases.domain.CaseNotAccepted;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.NotAcceptedReason;
import org.minsheng.cases.domain.ParticipantRole;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.TrainingData;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.site.api.SiteDirectory;

/**
 * The platform's dispatchers: the queue of cases waiting for them, taking a case up (受理) or
 * declining it (不予受理), sending it to departments (分办, 改派) and merging repeats (并单).
 */
@Stateless
public class DispatchService {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseClock caseClock;

    @Inject
    CoHandlingClock coHandlingClock;

    @Inject
    CaseAnalyser analyser;

    @Inject
    CaseNotices notices;

    @Inject
    SiteDirectory site;

    @Inject
    TrainingData trainingData;

    @Inject
    Event<DomainEvent> events;

    /** Cases waiting for the platform: registered, accepted, or returned by a department. */
    @RolesAllowed(Roles.DISPATCHER)
    public List<QueueItem> dispatchQueue() {
        return cases.awaitingDispatch(200).stream().map(CaseViews::queueItem).toList();
    }

    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails accept(String caseId, long version) {
        CaseFile c = access.editable(caseId, version);
        c.accept(clock.instant());
        return steps.done(c, StepKind.ACCEPTED, null, "case.accept", null);
    }

    /** 不予受理: the resident sees the reason and the note. */
    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails refuse(String caseId, String reason, String note, long version) {
        NotAcceptedReason why = Inputs.enumValue(NotAcceptedReason.class, reason);
        new Validation()
                .require(why != null, "reason", "请选择不予受理的理由", "Choose why the case is not accepted")
                .text(note, "note", "说明", "Note", 500, why == NotAcceptedReason.OTHER)
                .throwIfInvalid();
        CaseFile c = access.editable(caseId, version);
        Instant now = clock.instant();
        String text = Inputs.blankToNull(note);
        c.refuse(why, text, now);
        analyser.forget(caseId);
        notices.toResident(c, "您的留言不予受理：" + why.labelZh(), text == null ? why.labelZh() : text);
        events.fire(new CaseNotAccepted(caseId, why.name(), now));
        return steps.done(c, StepKind.NOT_ACCEPTED, why.labelZh() + (text == null ? "" : "：" + text), "case.refuse",
                why.name());
    }

    /**
     * 分办 / 改派: sends the case to a lead department with optional co-handling departments (协办)
     * and offices that get a copy (抄告). A category other than the classifier's, and any category
     * chosen for a case a department returned, become training examples.
     */
    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails dispatch(String caseId, String departmentCode, String category, List<String> coHandlers,
                                List<String> copies, long version) {
        List<String> co = Inputs.distinct(coHandlers);
        List<String> cc = Inputs.distinct(copies);
        new Validation()
                .require(departmentCode != null && site.department(departmentCode).isPresent(), "departmentCode",
                        "请选择承办单位", "Choose the receiving department")
                .require(co.stream().allMatch(d -> site.department(d).isPresent() && !d.equals(departmentCode)),
                        "coHandlers", "协办单位无效或与主办单位相同", "Unknown co-handling department, or the lead one")
                .require(cc.stream().allMatch(d -> site.department(d).isPresent()), "copies",
                        "抄告单位无效", "Unknown department to copy")
                .throwIfInvalid();
        CaseFile c = access.editable(caseId, version);
        Instant now = clock.instant();
        boolean wasReturned = c.status() == CaseStatus.RETURNED;
        String predicted = c.findings().category();
        int days = caseClock.limitFor(c);
        c.dispatchTo(departmentCode, days, now, caseClock.dueFrom(now, days));
        c.findings().correctCategory(category);
        if (category != null && !category.isBlank()) {
            String text = c.letter().title() + "\n" + c.letter().body();
            if (wasReturned) {
                trainingData.record(category, text, TrainingData.DEPARTMENT_RETURN, caseId);
            } else if (!category.equals(predicted)) {
                trainingData.record(category, text, TrainingData.DISPATCHER_CORRECTION, caseId);
            }
        }
        Set<String> present = new HashSet<>();
        timeline.participantsOf(caseId).forEach(p -> present.add(p.departmentCode()));
        co.stream().filter(present::add).forEach(d -> {
            CaseParticipant participant = new CaseParticipant(caseId, d, ParticipantRole.CO_HANDLER);
            coHandlingClock.start(participant, c, now);
            timeline.addParticipant(participant);
        });
        cc.stream().filter(present::add).forEach(d -> timeline.addParticipant(
                new CaseParticipant(caseId, d, ParticipantRole.COPY)));
        String me = access.me().username();
        String name = steps.departmentName(departmentCode);
        notices.toDepartment(c, "新分办件：" + c.trackingNumber(), c.letter().title());
        for (String d : co) {
            notices.toRole(Roles.HANDLER, d, c, "协办件：" + c.trackingNumber(),
                    "请在办理期限内提出协办意见：" + c.letter().title());
        }
        if (!cc.isEmpty()) {
            steps.note(caseId, now, me, StepKind.COPIED, String.join("、", cc));
        }
        events.fire(new CaseDispatched(caseId, departmentCode, me, wasReturned ? "re-dispatch" : "manual", now));
        return steps.done(c, StepKind.DISPATCHED, name + (co.isEmpty() ? "" : "（协办：" + String.join("、", co) + "）"),
                "case.dispatch", departmentCode + (category == null || category.isBlank() ? "" : " " + category)
                        + (co.isEmpty() ? "" : " co=" + co) + (cc.isEmpty() ? "" : " cc=" + cc));
    }

    /** 并单: the case follows the master case; the master's answer reaches its resident too. */
    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails merge(String caseId, String masterTrackingNumber, long version) {
        new Validation().require(TrackingNumber.isWellFormed(masterTrackingNumber), "masterTrackingNumber",
                "请填写主件的受理编号", "Enter the master case's tracking number").throwIfInvalid();
        CaseFile c = access.editable(caseId, version);
        CaseFile master = cases.byTrackingNumber(masterTrackingNumber)
                .filter(m -> access.mayMerge(c, m))
                .orElseThrow(() -> new NotFound("没有找到主件", "No such master case"));
        c.mergeInto(master);
        analyser.forget(caseId);
        Instant now = clock.instant();
        notices.toResident(c, "您的留言已与同类诉求合并办理", "主件编号 " + master.trackingNumber());
        steps.note(master.id(), now, access.me().username(), StepKind.NOTE, "并入 " + c.trackingNumber());
        events.fire(new CaseMerged(caseId, master.id(), now));
        return steps.done(c, StepKind.MERGED, master.trackingNumber(), "case.merge", master.trackingNumber());
    }
}

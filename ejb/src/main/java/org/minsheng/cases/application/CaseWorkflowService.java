package org.minsheng.cases.application;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.Workbench;
import org.minsheng.cases.domain.CaseAnswered;
import org.minsheng.cases.domain.CaseDispatched;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseMerged;
import org.minsheng.cases.domain.CaseNotAccepted;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseReturned;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.CaseStepRecorded;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.NotAcceptedReason;
import org.minsheng.cases.domain.ParticipantRole;
import org.minsheng.cases.domain.ReplySubmitted;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.SubStatusLabel;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.cases.domain.WarningLevel;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.nlp.api.TrainingData;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.site.api.SiteDirectory;

/**
 * Staff steps of the case workflow, one method per step with its roles, a timeline step, an audit
 * record and a domain event. Handlers see their department's cases (and those it co-handles or was
 * copied); report-mailbox cases are seen by discipline officers only, and each view is audited.
 */
@Stateless
public class CaseWorkflowService {

    @Inject
    Clock clock;

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    CaseClock caseClock;

    @Inject
    CaseAnalyser analyser;

    @Inject
    CaseNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    SiteDirectory site;

    @Inject
    TrainingData trainingData;

    @Inject
    Event<DomainEvent> events;

    @Inject
    @ConfigProperty(name = "minsheng.cases.review-required", defaultValue = "true")
    boolean reviewRequired;

    @Resource
    SessionContext session;

    // ---- platform: dispatching -------------------------------------------------------------

    /** Cases waiting for the platform: registered, accepted, or returned by a department. */
    @RolesAllowed(Roles.DISPATCHER)
    public List<QueueItem> dispatchQueue() {
        return cases.awaitingDispatch(200).stream().map(CaseViews::queueItem).toList();
    }

    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails accept(String caseId, long version) {
        CaseFile c = editable(caseId, version);
        c.accept(clock.instant());
        return done(c, StepKind.ACCEPTED, null, "case.accept", null);
    }

    /** 不予受理: the resident sees the reason and the note. */
    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails refuse(String caseId, String reason, String note, long version) {
        NotAcceptedReason why = enumValue(NotAcceptedReason.class, reason);
        new Validation()
                .require(why != null, "reason", "请选择不予受理的理由", "Choose why the case is not accepted")
                .text(note, "note", "说明", "Note", 500, why == NotAcceptedReason.OTHER)
                .throwIfInvalid();
        CaseFile c = editable(caseId, version);
        Instant now = clock.instant();
        String text = blankToNull(note);
        c.refuse(why, text, now);
        analyser.forget(caseId);
        notices.toResident(c, "您的留言不予受理：" + why.labelZh(), text == null ? why.labelZh() : text);
        events.fire(new CaseNotAccepted(caseId, why.name(), now));
        return done(c, StepKind.NOT_ACCEPTED, why.labelZh() + (text == null ? "" : "：" + text), "case.refuse",
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
        List<String> co = distinct(coHandlers);
        List<String> cc = distinct(copies);
        new Validation()
                .require(departmentCode != null && site.department(departmentCode).isPresent(), "departmentCode",
                        "请选择承办单位", "Choose the receiving department")
                .require(co.stream().allMatch(d -> site.department(d).isPresent() && !d.equals(departmentCode)),
                        "coHandlers", "协办单位无效或与主办单位相同", "Unknown co-handling department, or the lead one")
                .require(cc.stream().allMatch(d -> site.department(d).isPresent()), "copies",
                        "抄告单位无效", "Unknown department to copy")
                .throwIfInvalid();
        CaseFile c = editable(caseId, version);
        Instant now = clock.instant();
        boolean wasReturned = c.status() == CaseStatus.RETURNED;
        String predicted = c.category();
        int days = caseClock.limitFor(c);
        c.dispatchTo(departmentCode, days, now, caseClock.dueFrom(now, days));
        c.correctCategory(category);
        if (category != null && !category.isBlank()) {
            if (wasReturned) {
                trainingData.record(category, c.title() + "\n" + c.body(), TrainingData.DEPARTMENT_RETURN, caseId);
            } else if (!category.equals(predicted)) {
                trainingData.record(category, c.title() + "\n" + c.body(), TrainingData.DISPATCHER_CORRECTION, caseId);
            }
        }
        Set<String> present = new java.util.HashSet<>();
        timeline.participantsOf(caseId).forEach(p -> present.add(p.departmentCode()));
        co.stream().filter(present::add).forEach(d -> timeline.addParticipant(
                new CaseParticipant(caseId, d, ParticipantRole.CO_HANDLER)));
        cc.stream().filter(present::add).forEach(d -> timeline.addParticipant(
                new CaseParticipant(caseId, d, ParticipantRole.COPY)));
        String me = me().username();
        String name = departmentName(departmentCode);
        notices.toDepartment(c, "新分办件：" + c.trackingNumber(), c.title());
        for (String d : co) {
            notices.toRole(Roles.HANDLER, d, c, "协办件：" + c.trackingNumber(), "请在办理期限内提出协办意见：" + c.title());
        }
        if (!cc.isEmpty()) {
            timeline.add(new CaseStep(caseId, now, me, StepKind.COPIED, String.join("、", cc)));
        }
        events.fire(new CaseDispatched(caseId, departmentCode, me, wasReturned ? "re-dispatch" : "manual", now));
        return done(c, StepKind.DISPATCHED, name + (co.isEmpty() ? "" : "（协办：" + String.join("、", co) + "）"),
                "case.dispatch", departmentCode + (category == null || category.isBlank() ? "" : " " + category)
                        + (co.isEmpty() ? "" : " co=" + co) + (cc.isEmpty() ? "" : " cc=" + cc));
    }

    /** 并单: the case follows the master case; the master's answer reaches its resident too. */
    @RolesAllowed(Roles.DISPATCHER)
    public CaseDetails merge(String caseId, String masterTrackingNumber, long version) {
        new Validation().require(TrackingNumber.isWellFormed(masterTrackingNumber), "masterTrackingNumber",
                "请填写主件的受理编号", "Enter the master case's tracking number").throwIfInvalid();
        CaseFile c = editable(caseId, version);
        CaseFile master = cases.byTrackingNumber(masterTrackingNumber)
                .filter(m -> m.channel() != Channel.REPORT_MAILBOX || c.channel() == Channel.REPORT_MAILBOX)
                .orElseThrow(() -> new NotFound("没有找到主件", "No such master case"));
        c.mergeInto(master);
        analyser.forget(caseId);
        Instant now = clock.instant();
        notices.toResident(c, "您的留言已与同类诉求合并办理", "主件编号 " + master.trackingNumber());
        timeline.add(new CaseStep(master.id(), now, me().username(), StepKind.NOTE, "并入 " + c.trackingNumber()));
        events.fire(new CaseMerged(caseId, master.id(), now));
        return done(c, StepKind.MERGED, master.trackingNumber(), "case.merge", master.trackingNumber());
    }

    /** A leader's mailbox (领导信箱) as the leader's office reads it: the letters, newest first. */
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<QueueItem> leaderMailbox(String leaderCode) {
        return cases.toLeader(leaderCode, 200).stream().map(CaseViews::queueItem).toList();
    }

    /** 领导批示 on a case of the leader mailbox (or any case a leader follows). */
    @RolesAllowed(Roles.LEADER)
    public CaseDetails instruct(String caseId, String text) {
        new Validation().text(text, "text", "批示内容", "Instruction", 1000, true).throwIfInvalid();
        CaseFile c = visible(caseId);
        c.instruct(text.strip());
        notices.toDepartment(c, "领导批示：" + c.trackingNumber(), text.strip());
        return done(c, StepKind.INSTRUCTED, text.strip(), "case.instruct", null);
    }

    // ---- department: handling --------------------------------------------------------------

    /** The handler's queues with their counts; {@code queue} is one of {@link Workbench#QUEUES}. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    public Workbench workbench(String queue) {
        StaffPrincipal me = me();
        String chosen = queue != null && Workbench.QUEUES.contains(queue) ? queue : "TO_SIGN";
        boolean discipline = me.hasRole(Roles.DISCIPLINE);
        List<CaseFile> mine = cases.atDepartment(me.departmentCode(), CaseStatus.AT_DEPARTMENT, 500).stream()
                .filter(c -> (c.channel() == Channel.REPORT_MAILBOX) == discipline)
                .toList();
        List<CaseFile> coHandled = discipline ? List.of()
                : cases.byIds(timeline.casesWithParticipant(me.departmentCode(), 200)).stream()
                .filter(CaseFile::isOpen).toList();
        Map<String, Predicate<CaseFile>> queues = new LinkedHashMap<>();
        queues.put("TO_SIGN", c -> c.status() == CaseStatus.DISPATCHED);
        queues.put("HANDLING", c -> c.status() == CaseStatus.HANDLING || c.status() == CaseStatus.AWAITING_SUPPLEMENT);
        queues.put("DUE_SOON", c -> c.warningLevel() == WarningLevel.YELLOW);
        queues.put("OVERDUE", c -> c.warningLevel() == WarningLevel.RED);
        queues.put("SENT_BACK", c -> c.status() == CaseStatus.HANDLING && c.statusNote() != null);
        queues.put("IN_REVIEW", c -> c.status() == CaseStatus.IN_REVIEW);
        Map<String, Long> counts = new LinkedHashMap<>();
        queues.forEach((name, test) -> counts.put(name, mine.stream().filter(test).count()));
        counts.put("CO_HANDLING", (long) coHandled.size());
        List<CaseFile> items = "CO_HANDLING".equals(chosen) ? coHandled
                : mine.stream().filter(queues.get(chosen)).toList();
        return new Workbench(chosen, counts, items.stream().map(CaseViews::queueItem).toList());
    }

    /** Every open case of the caller's department (the first workbench API, kept for clients). */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public List<QueueItem> myQueue() {
        StaffPrincipal me = me();
        boolean discipline = me.hasRole(Roles.DISCIPLINE);
        return cases.atDepartment(me.departmentCode(), CaseStatus.AT_DEPARTMENT, 200).stream()
                .filter(c -> (c.channel() == Channel.REPORT_MAILBOX) == discipline)
                .map(CaseViews::queueItem).toList();
    }

    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails forStaff(String caseId) {
        CaseFile c = visible(caseId);
        if (c.channel() == Channel.REPORT_MAILBOX) {
            audit.record(me().username(), "case.view.report", "case", caseId, "reporter identity shown");
        }
        return view(c);
    }

    /** 签收: the lead department takes the case up. */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails sign(String caseId, long version) {
        CaseFile c = leadEditable(caseId, version);
        c.sign();
        return done(c, StepKind.SIGNED, null, "case.sign", null);
    }

    /** 退单: the case is not this department's; it goes back to the dispatchers with the reason. */
    @RolesAllowed(Roles.HANDLER)
    public CaseDetails returnCase(String caseId, String reason, long version) {
        new Validation().text(reason, "reason", "退单理由", "Reason for returning", 500, true).throwIfInvalid();
        CaseFile c = leadEditable(caseId, version);
        String from = c.departmentCode();
        c.returnToDispatcher(reason.strip());
        notices.toRole(Roles.DISPATCHER, null, c, "退单待改派：" + c.trackingNumber(), reason.strip());
        events.fire(new CaseReturned(caseId, from, reason.strip(), clock.instant()));
        return done(c, StepKind.RETURNED, departmentName(from) + "：" + reason.strip(), "case.return", from);
    }

    /** A handling step: verification (核实), rectification (整改), a note, and optionally a sub-status. */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails record(String caseId, String kind, String note, String subStatus, long version) {
        StepKind step = switch (kind == null ? "" : kind) {
            case "VERIFIED" -> StepKind.VERIFIED;
            case "RECTIFIED" -> StepKind.RECTIFIED;
            case "NOTE" -> StepKind.NOTE;
            default -> null;
        };
        List<SubStatusLabel> labels = timeline.subStatuses();
        SubStatusLabel label = subStatus == null || subStatus.isBlank() ? null
                : labels.stream().filter(l -> l.code().equals(subStatus)).findFirst().orElse(null);
        new Validation()
                .require(step != null, "kind", "请选择办理记录的类型（核实、整改或记录）",
                        "Choose the kind of step: verified, rectified or note")
                .text(note, "note", "办理记录", "Note", 2000, true)
                .require(subStatus == null || subStatus.isBlank() || label != null, "subStatus",
                        "办理进展标签无效", "Unknown progress label")
                .throwIfInvalid();
        CaseFile c = leadEditable(caseId, version);
        c.requireHandling(step.labelZh());
        if (label != null) {
            c.labelProgress(label.code());
            timeline.add(new CaseStep(caseId, clock.instant(), me().username(), StepKind.SUB_STATUS, label.labelZh()));
        }
        return done(c, step, note.strip(), "case.record." + step.name().toLowerCase(), label == null ? null : label.code());
    }

    /** Asks the resident for material (补充材料); the time limit stops until it arrives. */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails requestSupplement(String caseId, String what, long version) {
        new Validation().text(what, "text", "需补充的材料", "What is needed", 500, true).throwIfInvalid();
        CaseFile c = leadEditable(caseId, version);
        c.requestSupplement(what.strip(), clock.instant());
        notices.toResident(c, "请补充材料", what.strip());
        return done(c, StepKind.SUPPLEMENT_REQUESTED, what.strip(), "case.supplement.request", null);
    }

    /** Asks the department head for more time (申请延期). */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails requestExtension(String caseId, Integer days, String reason, long version) {
        new Validation()
                .require(days != null && days >= 1 && days <= 30, "days", "延期天数应为1至30个工作日",
                        "Extension must be 1 to 30 working days")
                .text(reason, "reason", "延期理由", "Reason", 500, true)
                .throwIfInvalid();
        CaseFile c = leadEditable(caseId, version);
        c.requestExtension(days, reason.strip());
        notices.toRole(Roles.DEPT_ADMIN, c.departmentCode(), c, "延期申请待审批：" + c.trackingNumber(), reason.strip());
        return done(c, StepKind.EXTENSION_REQUESTED, days + "个工作日：" + reason.strip(), "case.extension.request",
                String.valueOf(days));
    }

    /** Pending extension requests: a department head sees their department's, an admin all. */
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> extensionRequests() {
        StaffPrincipal me = me();
        return cases.withPendingExtension(me.hasRole(Roles.ADMIN) ? null : me.departmentCode(), 200).stream()
                .filter(c -> c.channel() != Channel.REPORT_MAILBOX)
                .map(CaseViews::queueItem).toList();
    }

    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public CaseDetails decideExtension(String caseId, boolean grant, long version) {
        CaseFile c = editable(caseId, version);
        StaffPrincipal me = me();
        if (!me.hasRole(Roles.ADMIN) && !me.departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能审批本单位的延期申请", "Only the department's head decides its extensions");
        }
        Integer days = c.extensionDays();
        c.decideExtension(grant, days == null ? null : caseClock.extended(c.dueAt(), days));
        notices.toDepartment(c, (grant ? "延期已批准：" : "延期未批准：") + c.trackingNumber(), c.title());
        return done(c, grant ? StepKind.EXTENSION_GRANTED : StepKind.EXTENSION_REFUSED,
                grant ? "延期" + days + "个工作日" : null, grant ? "case.extension.grant" : "case.extension.refuse",
                String.valueOf(days));
    }

    /** A co-handling department's opinion (协办意见), which the lead department uses in its reply. */
    @RolesAllowed(Roles.HANDLER)
    public CaseDetails giveOpinion(String caseId, String text) {
        new Validation().text(text, "text", "协办意见", "Opinion", 2000, true).throwIfInvalid();
        CaseFile c = visible(caseId);
        StaffPrincipal me = me();
        CaseParticipant mine = timeline.participantsOf(caseId).stream()
                .filter(p -> p.departmentCode().equals(me.departmentCode()) && p.role() == ParticipantRole.CO_HANDLER)
                .findFirst()
                .orElseThrow(() -> new Forbidden("本单位不是该件的协办单位", "Your department does not co-handle this case"));
        if (!CaseStatus.AT_DEPARTMENT.contains(c.status()) || c.status() == CaseStatus.IN_REVIEW) {
            throw new Conflict("该件当前不接受协办意见", "The case takes no opinions in its current status");
        }
        mine.giveOpinion(text.strip(), me.displayName(), clock.instant());
        notices.toDepartment(c, "协办意见已提交：" + c.trackingNumber(), text.strip());
        return done(c, StepKind.OPINION, departmentName(me.departmentCode()) + "：" + text.strip(), "case.opinion",
                me.departmentCode());
    }

    /**
     * The handler's reply. It goes to review (审核) by the department head or the platform; the
     * discipline office's replies and, where review is switched off, all replies are final at once.
     */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails answer(String caseId, String reply, boolean publish, long expectedVersion) {
        new Validation().text(reply, "reply", "答复内容", "Reply", 4000, true).throwIfInvalid();
        CaseFile c = leadEditable(caseId, expectedVersion);
        StaffPrincipal me = me();
        c.submitReply(reply.strip(), me.displayName(), publish);
        Instant now = clock.instant();
        events.fire(new ReplySubmitted(caseId, c.departmentCode(), now));
        CaseDetails submitted = done(c, StepKind.REPLY_SUBMITTED, null, "case.reply.submit", publish ? "public" : "private");
        if (!reviewRequired || c.channel() == Channel.REPORT_MAILBOX) {
            return approveNow(c, now);
        }
        notices.toRole(Roles.DEPT_ADMIN, c.departmentCode(), c, "答复待审核：" + c.trackingNumber(), c.title());
        notices.toRole(Roles.REVIEWER, null, c, "答复待审核：" + c.trackingNumber(), c.title());
        return submitted;
    }

    /** Replies waiting for review: the department head's own department's, the platform reviewer's all. */
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> reviewQueue() {
        StaffPrincipal me = me();
        boolean platform = me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.ADMIN);
        return cases.inStatus(List.of(CaseStatus.IN_REVIEW), false, 200).stream()
                .filter(c -> platform || me.departmentCode().equals(c.departmentCode()))
                .map(CaseViews::queueItem).toList();
    }

    /** 审核通过: the reply becomes the answer, for the case and every case merged into it. */
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public CaseDetails approve(String caseId, long version) {
        CaseFile c = reviewable(caseId, version);
        return approveNow(c, clock.instant());
    }

    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public CaseDetails sendBack(String caseId, String why, long version) {
        new Validation().text(why, "reason", "退回理由", "Reason", 500, true).throwIfInvalid();
        CaseFile c = reviewable(caseId, version);
        c.sendBack(why.strip());
        notices.toDepartment(c, "答复被退回修改：" + c.trackingNumber(), why.strip());
        return done(c, StepKind.SENT_BACK, why.strip(), "case.reply.send-back", null);
    }

    /** Answers held back from the public board because the message contains sensitive words. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public List<QueueItem> heldForReview() {
        return cases.heldForReview(200).stream().map(CaseViews::queueItem).toList();
    }

    /** A reviewer publishes a held answer or keeps it private. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public CaseDetails decidePublication(String caseId, boolean publish) {
        CaseFile c = visible(caseId);
        c.decidePublication(publish);
        return done(c, StepKind.NOTE, publish ? "审核后公开" : "审核后不公开",
                publish ? "case.publication.approve" : "case.publication.refuse", c.moderationHits());
    }

    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<org.minsheng.cases.api.SubStatusView> subStatuses() {
        return timeline.subStatuses().stream()
                .map(l -> new org.minsheng.cases.api.SubStatusView(l.code(), l.status().name(), l.labelZh(), l.labelEn()))
                .toList();
    }

    /** Site administration: a progress label within a lifecycle status (e.g. 现场核实中 in 办理中). */
    @RolesAllowed(Roles.ADMIN)
    public org.minsheng.cases.api.SubStatusView defineSubStatus(String code, String status, String labelZh,
                                                               String labelEn) {
        CaseStatus within = enumValue(CaseStatus.class, status);
        new Validation()
                .require(code != null && code.matches("[A-Z][A-Z0-9_]{1,39}"), "code", "代码应为2至40位大写字母、数字或下划线",
                        "The code needs 2 to 40 upper-case letters, digits or _")
                .require(within != null, "status", "请选择所属的办理状态", "Choose the lifecycle status")
                .text(labelZh, "labelZh", "中文名称", "Chinese label", 20, true)
                .text(labelEn, "labelEn", "英文名称", "English label", 40, true)
                .throwIfInvalid();
        if (timeline.subStatuses().stream().anyMatch(l -> l.code().equals(code))) {
            throw new Conflict("该代码已存在", "A label with this code exists");
        }
        timeline.addSubStatus(new SubStatusLabel(code, within, labelZh.strip(), labelEn.strip()));
        audit.record(session.getCallerPrincipal().getName(), "case.sub-status.define", "sub-status", code, labelZh);
        return new org.minsheng.cases.api.SubStatusView(code, within.name(), labelZh.strip(), labelEn.strip());
    }

    // ---- helpers ---------------------------------------------------------------------------

    private CaseDetails approveNow(CaseFile c, Instant now) {
        c.approveReply(now);
        analyser.forget(c.id());
        notices.toResident(c, "您的留言已答复，请评价", "受理编号 " + c.trackingNumber());
        long minutes = Duration.between(c.receivedAt(), now).toMinutes();
        events.fire(new CaseAnswered(c.id(), c.departmentCode(), c.isPublished(), minutes, now));
        for (CaseFile merged : cases.mergedInto(c.id())) {
            notices.toResident(merged, "与您的留言合并办理的主件已答复", "主件编号 " + c.trackingNumber());
            timeline.add(new CaseStep(merged.id(), now, AuditTrail.SYSTEM, StepKind.ANSWERED, "主件 " + c.trackingNumber()));
        }
        return done(c, StepKind.ANSWERED, null, "case.answer", c.isPublished() ? "public" : "private");
    }

    /** Records the step (timeline + audit) and returns the case as staff see it. */
    private CaseDetails done(CaseFile c, StepKind step, String note, String action, String detail) {
        String me = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        timeline.add(new CaseStep(c.id(), now, me, step, note));
        audit.record(me, action, "case", c.id(), detail);
        events.fire(new CaseStepRecorded(c.id(), c.departmentCode(), step, me, now));
        return view(c);
    }

    private CaseDetails view(CaseFile c) {
        CaseFile shown = c.masterCaseId() == null ? c : cases.byId(c.masterCaseId()).orElse(c);
        return CaseViews.details(c, shown == c ? c : shown, true, timeline.stepsOf(c.id()),
                timeline.participantsOf(c.id()), timeline.subStatuses(), List.of());
    }

    /** The case if the caller may see it; otherwise the same 404 as for a missing case. */
    private CaseFile visible(String caseId) {
        CaseFile c = cases.byId(caseId).orElseThrow(CaseWorkflowService::noSuchCase);
        StaffPrincipal me = me();
        if (c.channel() == Channel.REPORT_MAILBOX) {
            if (!me.hasRole(Roles.DISCIPLINE)) {
                throw noSuchCase();
            }
            return c;
        }
        boolean platform = me.hasRole(Roles.DISPATCHER) || me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.LEADER)
                || me.hasRole(Roles.ADMIN);
        if (platform || me.departmentCode().equals(c.departmentCode())) {
            return c;
        }
        boolean participant = (me.hasRole(Roles.HANDLER) || me.hasRole(Roles.DEPT_ADMIN))
                && timeline.participantsOf(caseId).stream().anyMatch(p -> p.departmentCode().equals(me.departmentCode()));
        if (!participant) {
            throw noSuchCase();
        }
        return c;
    }

    private CaseFile editable(String caseId, long version) {
        CaseFile c = visible(caseId);
        if (c.version() != version) {
            throw new Conflict("该件已被他人修改，请刷新后重试", "The case was changed by someone else; reload and retry");
        }
        return c;
    }

    /** A case the caller's department leads. */
    private CaseFile leadEditable(String caseId, long version) {
        CaseFile c = editable(caseId, version);
        if (!me().departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能办理本单位主办的件", "Only the lead department may do this");
        }
        return c;
    }

    private CaseFile reviewable(String caseId, long version) {
        CaseFile c = editable(caseId, version);
        StaffPrincipal me = me();
        boolean platform = me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.ADMIN);
        if (!platform && !me.departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能审核本单位的答复", "Only the department's head or the platform reviews this reply");
        }
        return c;
    }

    private StaffPrincipal me() {
        String name = session.getCallerPrincipal().getName();
        return staff.find(name).orElseThrow(() -> new Forbidden("账号不可用", "Account not available"));
    }

    private String departmentName(String code) {
        return site.department(code).map(d -> d.name()).orElse(code);
    }

    private static NotFound noSuchCase() {
        return new NotFound("没有找到该件", "No such case");
    }

    private static List<String> distinct(Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(codes.stream().filter(s -> s != null && !s.isBlank()).toList()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

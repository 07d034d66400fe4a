package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseReturned;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.ReplySubmitted;
import org.minsheng.cases.domain.StepKind;
import org.minsheng.cases.domain.SubStatusLabel;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.events.DomainEvent;

/**
 * The lead department's handling of a case: taking it up (签收) or returning it (退单), handling
 * steps and progress, asking the resident for material, asking for more time, and the reply; and
 * a co-handling department's opinion (协办意见).
 */
@Stateless
public class HandlingService {

    @Inject
    Clock clock;

    @Inject
    CaseTimeline timeline;

    @Inject
    CaseAccess access;

    @Inject
    CaseSteps steps;

    @Inject
    CaseNotices notices;

    @Inject
    ReplyApproval approval;

    @Inject
    Event<DomainEvent> events;

    @Inject
    @ConfigProperty(name = "minsheng.cases.review-required", defaultValue = "true")
    boolean reviewRequired;

    /** 签收: the lead department takes the case up. */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails sign(String caseId, long version) {
        CaseFile c = access.ledByMyDepartment(caseId, version);
        c.sign();
        return steps.done(c, StepKind.SIGNED, null, "case.sign", null);
    }

    /** 退单: the case is not this department's; it goes back to the dispatchers with the reason. */
    @RolesAllowed(Roles.HANDLER)
    public CaseDetails returnCase(String caseId, String reason, long version) {
        new Validation().text(reason, "reason", "退单理由", "Reason for returning", 500, true).throwIfInvalid();
        CaseFile c = access.ledByMyDepartment(caseId, version);
        String from = c.departmentCode();
        c.returnToDispatcher(reason.strip());
        notices.toRole(Roles.DISPATCHER, null, c, "退单待改派：" + c.trackingNumber(), reason.strip());
        events.fire(new CaseReturned(caseId, from, reason.strip(), clock.instant()));
        return steps.done(c, StepKind.RETURNED, steps.departmentName(from) + "：" + reason.strip(), "case.return", from);
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
        CaseFile c = access.ledByMyDepartment(caseId, version);
        c.requireHandling(step.labelZh());
        if (label != null) {
            c.labelProgress(label.code());
            steps.note(caseId, clock.instant(), access.me().username(), StepKind.SUB_STATUS, label.labelZh());
        }
        return steps.done(c, step, note.strip(), "case.record." + step.name().toLowerCase(),
                label == null ? null : label.code());
    }

    /** Asks the resident for material (补充材料); the time limit stops until it arrives. */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails requestSupplement(String caseId, String what, long version) {
        new Validation().text(what, "text", "需补充的材料", "What is needed", 500, true).throwIfInvalid();
        CaseFile c = access.ledByMyDepartment(caseId, version);
        c.requestSupplement(what.strip(), clock.instant());
        notices.toResident(c, "请补充材料", what.strip());
        return steps.done(c, StepKind.SUPPLEMENT_REQUESTED, what.strip(), "case.supplement.request", null);
    }

    /** Asks the department head for more time (申请延期). */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails requestExtension(String caseId, Integer days, String reason, long version) {
        new Validation()
                .require(days != null && days >= 1 && days <= 30, "days", "延期天数应为1至30个工作日",
                        "Extension must be 1 to 30 working days")
                .text(reason, "reason", "延期理由", "Reason", 500, true)
                .throwIfInvalid();
        CaseFile c = access.ledByMyDepartment(caseId, version);
        c.requestExtension(days, reason.strip());
        notices.toRole(Roles.DEPT_ADMIN, c.departmentCode(), c, "延期申请待审批：" + c.trackingNumber(), reason.strip());
        return steps.done(c, StepKind.EXTENSION_REQUESTED, days + "个工作日：" + reason.strip(), "case.extension.request",
                String.valueOf(days));
    }

    /** A co-handling department's opinion (协办意见), which the lead department uses in its reply. */
    @RolesAllowed(Roles.HANDLER)
    public CaseDetails giveOpinion(String caseId, String text) {
        new Validation().text(text, "text", "协办意见", "Opinion", 2000, true).throwIfInvalid();
        CaseFile c = access.visible(caseId);
        StaffPrincipal me = access.me();
        CaseParticipant mine = access.myCoHandling(caseId);
        if (!CaseStatus.AT_DEPARTMENT.contains(c.status()) || c.status() == CaseStatus.IN_REVIEW) {
            throw new Conflict("该件当前不接受协办意见", "The case takes no opinions in its current status");
        }
        mine.giveOpinion(text.strip(), me.displayName(), clock.instant());
        notices.toDepartment(c, "协办意见已提交：" + c.trackingNumber(), text.strip());
        return steps.done(c, StepKind.OPINION, steps.departmentName(me.departmentCode()) + "：" + text.strip(),
                "case.opinion", me.departmentCode());
    }

    /**
     * The handler's reply. It goes to review (审核) by the department head or the platform; the
     * discipline office's replies and, where review is switched off, all replies are final at once.
     */
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public CaseDetails answer(String caseId, String reply, boolean publish, long expectedVersion) {
        new Validation().text(reply, "reply", "答复内容", "Reply", 4000, true).throwIfInvalid();
        CaseFile c = access.ledByMyDepartment(caseId, expectedVersion);
        StaffPrincipal me = access.me();
        c.submitReply(reply.strip(), me.displayName(), publish);
        Instant now = clock.instant();
        events.fire(new ReplySubmitted(caseId, c.departmentCode(), now));
        CaseDetails submitted = steps.done(c, StepKind.REPLY_SUBMITTED, null, "case.reply.submit",
                publish ? "public" : "private");
        if (!reviewRequired || CaseAccess.isConfidential(c)) {
            return approval.approve(c, now);
        }
        notices.toRole(Roles.DEPT_ADMIN, c.departmentCode(), c, "答复待审核：" + c.trackingNumber(), c.title());
        notices.toRole(Roles.REVIEWER, null, c, "答复待审核：" + c.trackingNumber(), c.title());
        return submitted;
    }
}

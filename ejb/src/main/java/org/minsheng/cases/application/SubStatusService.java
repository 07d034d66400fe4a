package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.SubStatusView;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.SubStatusLabel;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/** The progress labels within a lifecycle status (e.g. 现场核实中 in 办理中) that handlers put on cases. */
@Stateless
public class SubStatusService {

    @Inject
    CaseTimeline timeline;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<SubStatusView> subStatuses() {
        return timeline.subStatuses().stream()
                .map(l -> new SubStatusView(l.code(), l.status().name(), l.labelZh(), l.labelEn()))
                .toList();
    }

    /** Site administration: a new label. */
    @RolesAllowed(Roles.ADMIN)
    public SubStatusView defineSubStatus(String code, String status, String labelZh, String labelEn) {
        CaseStatus within = Inputs.enumValue(CaseStatus.class, status);
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
        audit.record(caller.name(), "case.sub-status.define", "sub-status", code, labelZh);
        return new SubStatusView(code, within.name(), labelZh.strip(), labelEn.strip());
    }
}

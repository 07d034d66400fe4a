package org.minsheng.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.cases.api.ReplyTemplateDraft;
import org.minsheng.cases.api.ReplyTemplateView;
import org.minsheng.cases.domain.ReplyTemplate;
import org.minsheng.cases.domain.ReplyTemplateRepository;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;

/**
 * Reply templates (答复模板): the shared ones, which the administrator edits, and each department's
 * own, which its department head (分管负责人) edits. Handlers insert them into replies.
 */
@Stateless
public class ReplyTemplateService {

    static final int LAST = 999;

    @Inject
    ReplyTemplateRepository templates;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    /** The shared templates and the caller's department's, in the order they are offered. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<ReplyTemplateView> offered() {
        return templates.offeredTo(access.me().departmentCode()).stream().map(ReplyTemplateService::view).toList();
    }

    /** One template offered to the caller. */
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    public ReplyTemplateView template(long id) {
        StaffPrincipal me = access.me();
        ReplyTemplate t = templates.byId(id).filter(x -> x.isShared() || x.departmentCode().equals(me.departmentCode()))
                .orElseThrow(ReplyTemplateService::noSuchTemplate);
        return view(t);
    }

    /** A new template: shared when the administrator writes it, else the department head's department's. */
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public ReplyTemplateView create(ReplyTemplateDraft draft) {
        validate(draft, false);
        StaffPrincipal me = access.me();
        String department = me.hasRole(Roles.ADMIN) ? null : me.departmentCode();
        ReplyTemplate t = new ReplyTemplate(department, draft.name().strip(), en(draft.nameEn(), draft.name()),
                draft.body().strip(), en(draft.bodyEn(), draft.body()), position(draft));
        templates.add(t);
        templates.flush();
        audit.record(me.username(), "reply-template.create", "reply-template", String.valueOf(t.id()), t.name());
        return view(t);
    }

    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public ReplyTemplateView update(long id, ReplyTemplateDraft draft) {
        validate(draft, true);
        ReplyTemplate t = editable(id, draft.version());
        t.edit(draft.name().strip(), en(draft.nameEn(), draft.name()), draft.body().strip(),
                en(draft.bodyEn(), draft.body()), position(draft));
        templates.flush();
        audit.record(access.me().username(), "reply-template.update", "reply-template", String.valueOf(id), t.name());
        return view(t);
    }

    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public void delete(long id, Long version) {
        ReplyTemplate t = editable(id, version);
        templates.remove(t);
        audit.record(access.me().username(), "reply-template.delete", "reply-template", String.valueOf(id), t.name());
    }

    /** The template if the caller may edit it (the administrator the shared ones, a department head his department's). */
    private ReplyTemplate editable(long id, Long version) {
        StaffPrincipal me = access.me();
        ReplyTemplate t = templates.byId(id).orElseThrow(ReplyTemplateService::noSuchTemplate);
        boolean mine = t.isShared() ? me.hasRole(Roles.ADMIN)
                : me.hasRole(Roles.ADMIN) || me.hasRole(Roles.DEPT_ADMIN) && t.departmentCode().equals(me.departmentCode());
        if (!mine) {
            throw new Forbidden("只能修改本单位的模板（通用模板由系统管理员维护）",
                    "You may edit your department's templates only (the administrator keeps the shared ones)");
        }
        new Validation().require(version != null, "version", "缺少版本号", "The version is missing").throwIfInvalid();
        if (t.version() != version) {
            throw new Conflict("模板已被他人修改，请刷新后重试", "The template was changed meanwhile; reload and try again");
        }
        return t;
    }

    private static void validate(ReplyTemplateDraft d, boolean edit) {
        if (d == null) {
            new Validation().require(false, "name", "请填写模板名称和内容", "Enter the template's name and text")
                    .throwIfInvalid();
            return;
        }
        new Validation()
                .text(d.name(), "name", "模板名称", "Name", 60, true)
                .text(d.nameEn(), "nameEn", "英文名称", "English name", 60, false)
                .text(d.body(), "body", "模板内容", "Text", 2000, true)
                .text(d.bodyEn(), "bodyEn", "英文内容", "English text", 2000, false)
                .require(d.position() == null || d.position() >= 0 && d.position() <= LAST, "position",
                        "顺序应为0到" + LAST, "Position must be 0 to " + LAST)
                .require(!edit || d.version() != null, "version", "缺少版本号", "The version is missing")
                .throwIfInvalid();
    }

    private static String en(String en, String zh) {
        return en == null || en.isBlank() ? zh.strip() : en.strip();
    }

    private static int position(ReplyTemplateDraft d) {
        return d.position() == null ? LAST : d.position();
    }

    private static NotFound noSuchTemplate() {
        return new NotFound("没有找到该模板", "No such template");
    }

    static ReplyTemplateView view(ReplyTemplate t) {
        return new ReplyTemplateView(t.id(), t.departmentCode(), t.name(), t.nameEn(), t.body(), t.bodyEn(),
                t.position(), t.version());
    }
}

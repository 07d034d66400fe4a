package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.minsheng.disclosure.domain.DisclosureBody;
import org.minsheng.disclosure.domain.DisclosureDocument;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.SiteDirectory;

/**
 * Who may touch which body's documents: editors and approvers of the body itself; the platform's
 * editors collect for every body (the portal's editorial office); administrators see all.
 */
@ApplicationScoped
public class DisclosureAccess {

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    @Inject
    SiteDirectory site;

    @Inject
    DisclosureRepository repository;

    /** The caller's department, or null. */
    public String department() {
        return staff.find(caller.name()).map(s -> s.departmentCode()).orElse(null);
    }

    /** A configured body, or 422 on the field {@code bodyCode}. */
    public DisclosureBody body(String code) {
        return repository.body(code).filter(b -> site.department(b.departmentCode()).isPresent())
                .orElseThrow(() -> new ValidationFailed(java.util.List.of(new FieldError("bodyCode",
                        "没有这个信息公开主体", "There is no such disclosing body"))));
    }

    public void requireEditorOf(String bodyCode) {
        String own = department();
        boolean platform = own != null && site.department(own).map(d -> d.platform()).orElse(false);
        if (!caller.isInRole(Roles.ADMIN) && !bodyCode.equals(own) && !platform) {
            throw new Forbidden("只能编辑本单位的信息公开文件", "You can edit only your own body's documents");
        }
    }

    public void requireApproverOf(String bodyCode) {
        if (!bodyCode.equals(department())) {
            throw new Forbidden("只能审签本单位的信息公开文件", "You can approve only your own body's documents");
        }
    }

    /** The body whose documents a member of staff sees: their own; null (all) for administrators and the platform. */
    public String visibleBody() {
        if (caller.isInRole(Roles.ADMIN)) {
            return null;
        }
        String own = department();
        boolean platform = own != null && site.department(own).map(d -> d.platform()).orElse(false);
        return platform && caller.isInRole(Roles.EDITOR) ? null : own;
    }

    public DisclosureDocument document(long id) {
        DisclosureDocument d = repository.document(id)
                .orElseThrow(() -> new NotFound("没有这个文件", "No such document"));
        String visible = visibleBody();
        if (visible != null && !visible.equals(d.bodyCode())) {
            throw new NotFound("没有这个文件", "No such document");
        }
        return d;
    }
}

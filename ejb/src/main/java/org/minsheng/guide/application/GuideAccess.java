package org.minsheng.guide.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.security.Caller;

/** A department's editors write its guides, its approvers publish them; the administrator does both anywhere. */
@ApplicationScoped
public class GuideAccess {

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    boolean mine(String departmentCode) {
        return staff.find(caller.name()).map(p -> departmentCode.equals(p.departmentCode())).orElse(false);
    }

    void checkEdit(String departmentCode) {
        if (!caller.isInRole(Roles.ADMIN) && !(caller.isInRole(Roles.EDITOR) && mine(departmentCode))) {
            throw new Forbidden("只有本部门的编辑可以编写其办事指南", "Only the department's editors may write its guides");
        }
    }

    void checkApprove(String departmentCode) {
        if (!caller.isInRole(Roles.ADMIN) && !(caller.isInRole(Roles.APPROVER) && mine(departmentCode))) {
            throw new Forbidden("只有本部门的审签人员可以发布其办事指南",
                    "Only the department's approvers may publish its guides");
        }
    }

    boolean maySee(String departmentCode) {
        return caller.isInRole(Roles.ADMIN) || mine(departmentCode);
    }

    String name() {
        return caller.name();
    }
}

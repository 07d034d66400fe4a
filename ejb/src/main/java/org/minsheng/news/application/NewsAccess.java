package org.minsheng.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.news.domain.NewsSite;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.security.Caller;

/**
 * Who may touch a site's content: its department's editors draft, its department's approvers sign
 * off; the administrator may do both on every site.
 */
@ApplicationScoped
public class NewsAccess {

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    boolean mayEdit(NewsSite site) {
        return caller.isInRole(Roles.ADMIN) || (caller.isInRole(Roles.EDITOR) && ownDepartment(site));
    }

    boolean mayApprove(NewsSite site) {
        return caller.isInRole(Roles.ADMIN) || (caller.isInRole(Roles.APPROVER) && ownDepartment(site));
    }

    boolean maySee(NewsSite site) {
        return mayEdit(site) || mayApprove(site);
    }

    void checkEdit(NewsSite site) {
        if (!mayEdit(site)) {
            throw new Forbidden("只有本单位的编辑可以编写该网站的内容", "Only editors of the site's department may write here");
        }
    }

    void checkApprove(NewsSite site) {
        if (!mayApprove(site)) {
            throw new Forbidden("只有本单位的审签人员可以审核该网站的内容",
                    "Only approvers of the site's department may review here");
        }
    }

    String name() {
        return caller.name();
    }

    private boolean ownDepartment(NewsSite site) {
        Optional<String> department = staff.find(caller.name()).map(p -> p.departmentCode());
        return department.isPresent() && department.get().equals(site.departmentCode());
    }
}

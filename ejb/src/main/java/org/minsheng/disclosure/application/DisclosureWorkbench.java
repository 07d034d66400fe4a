package org.minsheng.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.minsheng.disclosure.api.DocumentRow;
import org.minsheng.disclosure.api.DocumentView;
import org.minsheng.disclosure.api.StaffOverview;
import org.minsheng.disclosure.domain.DisclosureRepository;
import org.minsheng.identity.api.Roles;

/** What staff read: the overview of their body's documents (late ones first) and any of its documents. */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
public class DisclosureWorkbench {

    static final int RECENT = 20;

    @Inject
    DisclosureRepository repository;

    @Inject
    DisclosureAccess access;

    @Inject
    DisclosureViews views;

    public StaffOverview overview() {
        String body = access.visibleBody();
        List<DocumentRow> unpublished = repository.unpublished(body).stream().map(views::row).toList();
        return new StaffOverview(unpublished.stream().filter(DocumentRow::late).toList(),
                unpublished.stream().filter(r -> !r.late()).toList(),
                repository.recentlyPublished(body, RECENT).stream().map(views::row).toList());
    }

    public DocumentView document(long id) {
        return views.view(access.document(id), false);
    }
}

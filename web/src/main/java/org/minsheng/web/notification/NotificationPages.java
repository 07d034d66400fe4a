package org.minsheng.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.notification.api.Notifier;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** The signed-in member of staff's latest notifications, each linking to its case. */
@Path("/staff/notifications")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    Notifier notifier;

    @GET
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.EDITOR, Roles.APPROVER})
    public Response mine() {
        return pages.page(200, "notification/staff-notifications", viewers.current(), Map.of("notifications", notifier.mine(50)));
    }
}

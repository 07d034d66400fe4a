package org.minsheng.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.notification.api.Notifier;
import org.minsheng.notification.application.NotificationReading;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** The signed-in member of staff's latest notifications, each linking to its case; marking them read. */
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

    @EJB
    NotificationReading reading;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.CALL_TAKER, Roles.EDITOR, Roles.APPROVER})
    public Response mine() {
        return pages.page(200, "notification/staff-notifications", viewers.current(), Map.of("notifications", notifier.mine(50)));
    }

    /** Marks one notification read and comes back to the list. */
    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.CALL_TAKER})
    public Response markRead(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrf) {
        if (CsrfToken.matches(request, csrf)) {
            reading.markRead(number(id));
        }
        return Response.seeOther(URI.create("/staff/notifications")).build();
    }

    /** Marks all of them read. */
    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.CALL_TAKER})
    public Response markAllRead(@FormParam(CsrfToken.FIELD) String csrf) {
        if (CsrfToken.matches(request, csrf)) {
            reading.markAllRead();
        }
        return Response.seeOther(URI.create("/staff/notifications")).build();
    }

    /** A notification id; anything else is as unknown as a missing one. */
    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new org.minsheng.shared.error.NotFound("没有该通知", "No such notification");
        }
    }
}

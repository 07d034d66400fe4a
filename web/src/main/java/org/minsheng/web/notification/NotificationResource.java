package org.minsheng.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.notification.api.NotificationView;
import org.minsheng.notification.api.Notifier;
import org.minsheng.notification.application.NotificationReading;
import org.minsheng.web.platform.OpenApiConventions;

/** The signed-in member of staff's notifications (催办, 督办, new cases, replies to review …). */
@Path("/api/staff/notifications")
@Tag(name = OpenApiConventions.NOTIFICATION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    Notifier notifier;

    @EJB
    NotificationReading reading;

    @GET
    @Operation(summary = "My notifications", description = "The newest 50.")
    @APIResponse(responseCode = "200", description = "The notifications")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER,
            Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR,
            Roles.CALL_TAKER, Roles.EDITOR, Roles.APPROVER})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.CALL_TAKER, Roles.EDITOR, Roles.APPROVER})
    public List<NotificationView> mine() {
        return notifier.mine(50);
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark a notification read")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "Not one of mine")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER,
            Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR,
            Roles.CALL_TAKER})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.CALL_TAKER})
    public void markRead(@PathParam("id") String id) {
        reading.markRead(number(id));
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read", description = "Answers how many were unread.")
    @APIResponse(responseCode = "200", description = "The number marked read")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER,
            Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR,
            Roles.CALL_TAKER})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.CALL_TAKER})
    public java.util.Map<String, Integer> markAllRead() {
        return java.util.Map.of("marked", reading.markAllRead());
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

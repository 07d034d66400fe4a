package org.minsheng.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
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
import org.minsheng.web.platform.OpenApiConventions;

/** The signed-in member of staff's notifications (催办, 督办, new cases, replies to review …). */
@Path("/api/staff/notifications")
@Tag(name = OpenApiConventions.NOTIFICATION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    Notifier notifier;

    @GET
    @Operation(summary = "My notifications", description = "The newest 50.")
    @APIResponse(responseCode = "200", description = "The notifications")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER,
            Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR,
            Roles.EDITOR, Roles.APPROVER})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN, Roles.HOST,
            Roles.GUEST, Roles.MODERATOR, Roles.EDITOR, Roles.APPROVER})
    public List<NotificationView> mine() {
        return notifier.mine(50);
    }
}

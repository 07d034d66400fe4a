package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.minsheng.notification.api.NotificationView;
import org.minsheng.notification.api.Notifier;

/** The signed-in member of staff's notifications (催办, 督办, new cases, replies to review …). */
@Path("/api/staff/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    Notifier notifier;

    @GET
    @RolesAllowed({"handler", "dept-admin", "dispatcher", "reviewer", "leader", "discipline", "admin", "host",
            "guest", "moderator"})
    public List<NotificationView> mine() {
        return notifier.mine(50);
    }
}

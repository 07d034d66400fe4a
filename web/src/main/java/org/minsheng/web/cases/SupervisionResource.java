package org.minsheng.web.cases;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.minsheng.cases.application.SupervisionService;

/**
 * Runs the supervision sweep now instead of at the next minute (after changing time limits or the
 * calendar, say): {@code POST /api/admin/supervision/sweep}.
 */
@Path("/api/admin/supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    public record SweepResult(int raised) {
    }

    @EJB
    SupervisionService supervision;

    @POST
    @Path("sweep")
    @RolesAllowed(Roles.ADMIN)
    public SweepResult sweep() {
        return new SweepResult(supervision.sweep());
    }
}

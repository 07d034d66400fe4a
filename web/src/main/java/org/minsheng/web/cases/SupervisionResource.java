package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Runs the supervision sweep now instead of at the next minute (after changing time limits or the
 * calendar, say): {@code POST /api/admin/supervision/sweep}.
 */
@Path("/api/admin/supervision")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    @Schema(name = "SweepResult", description = "What a supervision sweep did",
            properties = @SchemaProperty(name = "raised", description = "Warnings raised by this sweep"))
    public record SweepResult(int raised) {
    }

    @EJB
    SupervisionService supervision;

    @POST
    @Operation(summary = "Run the supervision sweep now",
            description = "Raises the due-soon and overdue warnings now instead of at the next minute, e.g. after"
                    + " changing time limits or the calendar.")
    @APIResponse(responseCode = "200", description = "The sweep ran")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @Path("sweep")
    @RolesAllowed(Roles.ADMIN)
    public SweepResult sweep() {
        return new SweepResult(supervision.sweep());
    }
}

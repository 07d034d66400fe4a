package org.minsheng.web.integrity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.integrity.api.IntegrityCheckView;
import org.minsheng.integrity.api.IntegrityOverview;
import org.minsheng.integrity.application.IntegrityCheckService;
import org.minsheng.web.platform.OpenApiConventions;

/** The tamper watch of published pages under {@code /api/staff/integrity}, for the administrator. */
@Path("/api/staff/integrity")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = OpenApiConventions.INTEGRITY)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityResource {

    @EJB
    IntegrityCheckService checks;

    @GET
    @Operation(summary = "Watched pages, the latest checks and alerts",
            description = "The public address pages are read from, the check interval, every watched page with what"
                    + " the last check saw, and the latest 50 checks and alerts, newest first.")
    @APIResponse(responseCode = "200", description = "The overview")
    public IntegrityOverview overview() {
        return checks.overview();
    }

    @POST
    @Path("checks")
    @Operation(summary = "Check every watched page now",
            description = "Reads each watched page from the public address, hashes its published parts and compares"
                    + " them with the approved hash; a difference is recorded as an alert, logged and notified to the"
                    + " administrators. Answers when the check is done.")
    @APIResponse(responseCode = "200", description = "The check's findings")
    public IntegrityCheckView checkNow() {
        return checks.checkNow();
    }
}

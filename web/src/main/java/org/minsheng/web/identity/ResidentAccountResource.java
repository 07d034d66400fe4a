package org.minsheng.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.ResidentAccountView;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.ResidentAccountService;
import org.minsheng.web.platform.OpenApiConventions;

/** The administrator's hold on residents' accounts under {@code /api/admin/resident-accounts}. */
@Path("/api/admin/resident-accounts")
@Tag(name = OpenApiConventions.IDENTITY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
public class ResidentAccountResource {

    @EJB
    ResidentAccountService accounts;

    @GET
    @Operation(summary = "Find residents' accounts",
            description = "Those whose login (e-mail address or mobile number) or name contains the text, newest first, at"
                    + " most " + ResidentAccountService.PAGE + "; without a text the newest.")
    @Parameter(name = "q", description = "Part of the login or the name", example = "139")
    @APIResponse(responseCode = "200", description = "The accounts, active or not")
    public List<ResidentAccountView> find(@QueryParam("q") String text) {
        return accounts.find(text);
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(summary = "Deactivate a resident's account",
            description = "It can no longer sign in, and its open sessions end at their next request. The resident's cases"
                    + " stay, followed as ever with tracking number and query code.")
    @APIResponse(responseCode = "200", description = "The account, now inactive")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    public ResidentAccountView deactivate(@PathParam("id") String id) {
        return accounts.deactivate(id);
    }

    @DELETE
    @Path("{id}/deactivation")
    @Operation(summary = "Reactivate a resident's account")
    @APIResponse(responseCode = "200", description = "The account, active again")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    public ResidentAccountView reactivate(@PathParam("id") String id) {
        return accounts.reactivate(id);
    }
}

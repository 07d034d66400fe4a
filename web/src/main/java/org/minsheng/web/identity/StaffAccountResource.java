package org.minsheng.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.OneTimePassword;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffAccountView;
import org.minsheng.identity.application.StaffAccountService;
import org.minsheng.identity.application.StaffService;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The administrator's hold on staff accounts under {@code /api/admin/staff-accounts}: the list
 * (deactivated ones too), a password reset to a one-time password, deactivation and reactivation.
 */
@Path("/api/admin/staff-accounts")
@Tag(name = OpenApiConventions.IDENTITY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
public class StaffAccountResource {

    @EJB
    StaffAccountService accounts;

    @EJB
    StaffService staff;

    @PUT
    @Path("{username}/leader")
    @Operation(summary = "Link an account to a leader",
            description = "The account (with the leader role) becomes that leader's office and reads the leader's"
                    + " mailbox; the mayor's office reads every mailbox. A null leaderCode unlinks it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LeaderLink.class)))
    @APIResponse(responseCode = "204", description = "Linked")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Consumes(MediaType.APPLICATION_JSON)
    public void linkLeader(@PathParam("username") String username, LeaderLink link) {
        staff.linkLeader(username, link == null ? null : link.leaderCode());
    }

    @GET
    @Operation(summary = "Every staff account, active or not")
    @APIResponse(responseCode = "200", description = "The accounts, by user name")
    public List<StaffAccountView> list() {
        return accounts.accounts();
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Reset a password",
            description = "Makes a one-time password, returned in this answer only (never stored in clear). The"
                    + " member of staff must change it at the next sign-in: until then every staff page redirects to"
                    + " the change-password page and every other API answers 403 password-change-required.")
    @APIResponse(responseCode = "200", description = "The one-time password",
            content = @Content(schema = @Schema(implementation = OneTimePassword.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    public Response reset(@PathParam("username") String username) {
        return Response.ok(accounts.resetPassword(username)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{username}/deactivation")
    @Operation(summary = "Deactivate an account",
            description = "It can no longer sign in, and its open sessions end at their next request.")
    @APIResponse(responseCode = "200", description = "The account, now inactive")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "One's own account")
    public StaffAccountView deactivate(@PathParam("username") String username) {
        return accounts.deactivate(username);
    }

    @DELETE
    @Path("{username}/deactivation")
    @Operation(summary = "Reactivate an account")
    @APIResponse(responseCode = "200", description = "The account, active again")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    public StaffAccountView reactivate(@PathParam("username") String username) {
        return accounts.reactivate(username);
    }
}

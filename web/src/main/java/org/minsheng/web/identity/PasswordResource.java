package org.minsheng.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.PasswordService;
import org.minsheng.web.platform.OpenApiConventions;

/** The signed-in person's own password, staff or resident: {@code PUT /api/me/password}. */
@Path("/api/me/password")
@Tag(name = OpenApiConventions.IDENTITY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {

    @Schema(name = "PasswordChange", description = "The current password and the new one",
            requiredProperties = {"currentPassword", "newPassword"},
            properties = {
                    @SchemaProperty(name = "currentPassword", format = "password", description = "The password now"),
                    @SchemaProperty(name = "newPassword", format = "password", minLength = 10, maxLength = 128,
                            description = "10 to 128 characters; not the login, not the current password, not a"
                                    + " common password, not the demo data's shared password unless the demo data is on")})
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @EJB
    PasswordService passwords;

    @PUT
    @Operation(summary = "Change my password",
            description = "For staff and residents alike. Also ends the must-change state after an administrator's"
                    + " reset; until then every other staff API answers 403 password-change-required.")
    @APIResponse(responseCode = "204", description = "Changed; the session goes on")
    @APIResponse(responseCode = "401", ref = OpenApiConventions.UNAUTHORIZED)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "Wrong current password, or a new password the policy refuses (fields currentPassword,"
                    + " newPassword)")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER,
            Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN, Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR,
            Roles.RESIDENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.RESIDENT})
    public Response change(PasswordChange change) {
        PasswordChange c = change == null ? new PasswordChange(null, null) : change;
        passwords.changeOwnPassword(c.currentPassword(), c.newPassword(), null);
        return Response.noContent().build();
    }
}

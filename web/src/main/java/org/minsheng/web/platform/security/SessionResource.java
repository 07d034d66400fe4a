package org.minsheng.web.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.FieldError;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.Problems;

/** Staff sign-in for API clients: {@code POST /api/session}, then the session cookie. */
@Path("/api/session")
@Tag(name = OpenApiConventions.IDENTITY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Schema(name = "StaffCredentials", description = "A member of staff's sign-in",
            requiredProperties = {"username", "password"},
            properties = {
                    @SchemaProperty(name = "username", description = "The staff user name"),
                    @SchemaProperty(name = "password", format = "password", description = "The password")})
    public record Credentials(String username, String password) {
    }

    @Schema(name = "Me", description = "The signed-in member of staff",
            properties = {
                    @SchemaProperty(name = "roles", description = "The roles, sorted"),
                    @SchemaProperty(name = "departmentCode", description = "The department")})
    public record Me(String username, String displayName, List<String> roles, String departmentCode) {

        static Me of(StaffPrincipal p) {
            return new Me(p.username(), p.displayName(), p.roles().stream().sorted().toList(), p.departmentCode());
        }
    }

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Operation(summary = "Sign a member of staff in",
            description = "Starts a new HTTP session; the session cookie then carries the sign-in.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", ref = OpenApiConventions.UNAUTHORIZED,
            description = "Wrong user name or password")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN,
            description = "The account still has the demo data's shared password, and the demo data is off")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "User name or password missing")
    @APIResponse(responseCode = "429", ref = OpenApiConventions.TOO_MANY_REQUESTS,
            description = "Too many failed sign-ins of this account (from this address); wait for Retry-After")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Problems.of(422, "validation", "请输入用户名和密码", "Enter user name and password", "/api/session",
                    List.of(new FieldError("username", "用户名和密码都不能为空", "User name and password are required")));
        }
        SignIn.Attempt<StaffPrincipal> attempt = signIn.signIn(request, response, credentials.username(),
                credentials.password());
        return attempt.principal().map(p -> Response.ok(Me.of(p)).build())
                .orElseGet(() -> SignIn.problem(attempt.result(), "/api/session", "用户名或密码错误",
                        "Wrong user name or password"));
    }

    @GET
    @Operation(summary = "Who is signed in")
    @APIResponse(responseCode = "200", description = "The signed-in member of staff",
            content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", ref = OpenApiConventions.UNAUTHORIZED,
            description = "No member of staff signed in")
    public Response me() {
        return signIn.current(request).map(p -> Response.ok(Me.of(p)).build())
                .orElseGet(() -> Problems.unauthorized("/api/session"));
    }

    @DELETE
    @Operation(summary = "Sign out", description = "Ends the HTTP session, if any.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "406", ref = OpenApiConventions.NOT_ACCEPTABLE)
    public Response signOut() {
        signIn.signOut(request);
        return Response.noContent().build();
    }
}

package org.minsheng.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.MyMessage;
import org.minsheng.cases.application.ResidentCaseService;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.shared.error.NotFound;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.security.SignIn;

/**
 * Residents' accounts: register ({@code POST /api/residents}), sign in
 * ({@code POST /api/residents/session}), then "my messages" — everything written while signed in,
 * without query codes.
 */
@Path("/api/residents")
@Tag(name = OpenApiConventions.IDENTITY)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResidentResource {

    @Schema(name = "Registration", description = "A resident's new account",
            requiredProperties = {"login", "displayName", "password"},
            properties = {
                    @SchemaProperty(name = "login", description = "An e-mail address or an 11-digit mainland mobile"
                            + " number", example = "13812345678"),
                    @SchemaProperty(name = "displayName", minLength = 1, maxLength = 20,
                            description = "How to address the resident, at most 20 characters", example = "王先生"),
                    @SchemaProperty(name = "password", minLength = 10, maxLength = 128, format = "password",
                            description = "10 to 128 characters, not the login, not a common password")})
    public record Registration(String login, String displayName, String password) {
    }

    @Schema(name = "ResidentCredentials", description = "A resident's sign-in",
            requiredProperties = {"login", "password"},
            properties = {
                    @SchemaProperty(name = "login", description = "The e-mail address or mobile number registered"),
                    @SchemaProperty(name = "password", format = "password", description = "The password")})
    public record Credentials(String login, String password) {
    }

    @EJB
    ResidentDirectory residents;

    @EJB
    ResidentCaseService cases;

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Operation(summary = "Register a resident account")
    @APIResponse(responseCode = "201", description = "Registered; sign in next",
            content = @Content(schema = @Schema(implementation = ResidentPrincipal.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
            description = "The e-mail address or mobile number is already registered")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Registration registration) {
        Registration r = registration == null ? new Registration(null, null, null) : registration;
        ResidentPrincipal created = residents.register(r.login(), r.displayName(), r.password());
        return Response.status(201).entity(created).build();
    }

    @POST
    @Operation(summary = "Sign a resident in",
            description = "Starts a new HTTP session (the session cookie) for \"my messages\" and for writing as the"
                    + " signed-in resident.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = ResidentPrincipal.class)))
    @APIResponse(responseCode = "401", ref = OpenApiConventions.UNAUTHORIZED,
            description = "Wrong or missing login or password")
    @APIResponse(responseCode = "429", ref = OpenApiConventions.TOO_MANY_REQUESTS,
            description = "Too many failed sign-ins of this login (from this address); wait for Retry-After")
    @Path("session")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        Credentials c = credentials == null ? new Credentials(null, null) : credentials;
        SignIn.Attempt<ResidentPrincipal> attempt = signIn.signInResident(request, response, c.login(), c.password());
        return attempt.principal().map(p -> Response.ok(p).build())
                .orElseGet(() -> SignIn.problem(attempt.result(), "/api/residents/session", "账号或密码错误",
                        "Wrong login or password"));
    }

    @GET
    @Operation(summary = "My messages", description = "Everything written while signed in, newest first, without"
            + " query codes.")
    @APIResponse(responseCode = "200", description = "The messages")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = ResidentPrincipal.ROLE)
    @Path("me/messages")
    @RolesAllowed(ResidentPrincipal.ROLE)
    public List<MyMessage> myMessages() {
        return cases.myMessages();
    }

    @GET
    @Operation(summary = "One of my messages", description = "The case as its resident sees it.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "No such message of the signed-in resident")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = ResidentPrincipal.ROLE)
    @Path("me/messages/{trackingNumber}")
    @RolesAllowed(ResidentPrincipal.ROLE)
    public CaseDetails myMessage(@PathParam("trackingNumber") String number) {
        return cases.myMessage(number).orElseThrow(() -> new NotFound("没有找到该留言", "No such message"));
    }
}

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
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.MyMessage;
import org.minsheng.cases.application.ResidentCaseService;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.shared.error.NotFound;
import org.minsheng.web.platform.Problems;
import org.minsheng.web.platform.security.SignIn;

/**
 * Residents' accounts: register ({@code POST /api/residents}), sign in
 * ({@code POST /api/residents/session}), then "my messages" — everything written while signed in,
 * without query codes.
 */
@Path("/api/residents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResidentResource {

    public record Registration(String login, String displayName, String password) {
    }

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
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Registration registration) {
        Registration r = registration == null ? new Registration(null, null, null) : registration;
        ResidentPrincipal created = residents.register(r.login(), r.displayName(), r.password());
        return Response.status(201).entity(created).build();
    }

    @POST
    @Path("session")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        Credentials c = credentials == null ? new Credentials(null, null) : credentials;
        return signIn.signInResident(request, response, c.login(), c.password())
                .map(p -> Response.ok(p).build())
                .orElseGet(() -> Problems.of(401, "unauthorized", "账号或密码错误", "Wrong login or password",
                        "/api/residents/session", null));
    }

    @GET
    @Path("me/messages")
    @RolesAllowed(ResidentPrincipal.ROLE)
    public List<MyMessage> myMessages() {
        return cases.myMessages();
    }

    @GET
    @Path("me/messages/{trackingNumber}")
    @RolesAllowed(ResidentPrincipal.ROLE)
    public CaseDetails myMessage(@PathParam("trackingNumber") String number) {
        return cases.myMessage(number).orElseThrow(() -> new NotFound("没有找到该留言", "No such message"));
    }
}

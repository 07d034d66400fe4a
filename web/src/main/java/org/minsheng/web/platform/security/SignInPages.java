package org.minsheng.web.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.identity.api.AccountStatus;
import org.minsheng.identity.api.Authenticator;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Staff sign-in: the form, and the check of name and password, then back to where the person was going. */
@Path("/staff/login")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    SignIn signIn;

    @EJB
    Authenticator authenticator;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response loginForm(@QueryParam("next") String next) {
        return form(200, null, nextOrQueue(next), "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next) {
        SignIn.Attempt<StaffPrincipal> attempt = signIn.signIn(request, response, username, password);
        if (attempt.principal().isPresent()) {
            boolean mustChange = authenticator.status(attempt.principal().get().username())
                    == AccountStatus.PASSWORD_CHANGE_REQUIRED;
            return Response.seeOther(URI.create(mustChange ? SessionPolicyFilter.CHANGE_PASSWORD_PAGE
                    : nextOrQueue(next))).build();
        }
        String name = username == null ? "" : username;
        if (attempt.throttled()) {
            long seconds = attempt.result().retryAfterSeconds();
            return Response.fromResponse(form(429, new Failure("login.throttled", String.valueOf(seconds)), nextOrQueue(next), name))
                    .header("Retry-After", seconds).build();
        }
        return attempt.demoPassword() ? form(403, new Failure("login.demoPassword", ""), nextOrQueue(next), name)
                : form(401, new Failure("login.failed", ""), nextOrQueue(next), name);
    }

    /** Why the last try failed: a message key and, for the throttle, the seconds to wait. */
    public record Failure(String key, String seconds) {
    }

    private Response form(int status, Failure failure, String next, String username) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", failure != null);
        model.put("failure", failure);
        model.put("next", next);
        model.put("username", username);
        return pages.page(status, "platform/login", viewers.current(), model);
    }

    private static String nextOrQueue(String next) {
        return next != null && next.startsWith("/staff") && !next.startsWith("//") ? next : "/staff";
    }
}

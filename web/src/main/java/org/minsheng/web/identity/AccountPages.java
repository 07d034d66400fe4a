package org.minsheng.web.identity;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.application.ResidentCaseService;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;
import org.minsheng.web.platform.security.SignIn;

/**
 * Residents' accounts in the portal: register with an e-mail address or mobile number, sign in,
 * and "my messages" — everything written while signed in, with its status and answer, without
 * query codes. Messages written anonymously stay reachable by number and code only.
 */
@Path("/account")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    SignIn signIn;

    @Inject
    PasswordForm passwords;

    @EJB
    ResidentDirectory residents;

    @EJB
    ResidentCaseService cases;

    @EJB
    org.minsheng.disclosure.application.InformationRequests disclosureRequests;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response home() {
        if (!request.isUserInRole(ResidentPrincipal.ROLE)) {
            return signInPage(200, null, "", "");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("me", residents.find(request.getUserPrincipal().getName()).orElse(null));
        model.put("messages", cases.myMessages());
        model.put("requests", disclosureRequests.mine());
        return pages.page(200, "identity/account", viewers.current(), model);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> form) {
        String login = form.getFirst("login");
        SignIn.Attempt<ResidentPrincipal> attempt = signIn.signInResident(request, response, login,
                form.getFirst("password"));
        if (attempt.principal().isPresent()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        Response page = signInPage(attempt.throttled() ? 429 : attempt.demoPassword() ? 403 : 401,
                attempt.throttled() ? "login.throttled" : attempt.demoPassword() ? "login.demoPassword" : "account.failed",
                String.valueOf(attempt.result().retryAfterSeconds()), login == null ? "" : login);
        return attempt.throttled()
                ? Response.fromResponse(page).header("Retry-After", attempt.result().retryAfterSeconds()).build() : page;
    }

    @POST
    @Path("logout")
    public Response signOut() {
        signIn.signOut(request);
        return Response.seeOther(URI.create("/")).build();
    }

    /** A resident's own password; others are sent to the residents' sign-in. */
    @GET
    @Path("password")
    public Response passwordForm() {
        if (!request.isUserInRole(ResidentPrincipal.ROLE)) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return passwords.page(200, PasswordPages.RESIDENT, List.of(), null, false);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(MultivaluedMap<String, String> form) {
        if (!request.isUserInRole(ResidentPrincipal.ROLE)) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return passwords.change(PasswordPages.RESIDENT, form.getFirst("currentPassword"), form.getFirst("newPassword"),
                form.getFirst("confirmPassword"), form.getFirst(CsrfToken.FIELD));
    }

    @GET
    @Path("register")
    public Response registerForm() {
        return registerPage(200, Map.of(), List.of(), null);
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Map<String, String> typed = Map.of("login", value(form, "login"), "displayName", value(form, "displayName"));
        try {
            residents.register(form.getFirst("login"), form.getFirst("displayName"), form.getFirst("password"));
        } catch (ValidationFailed e) {
            return registerPage(422, typed, e.errors(), null);
        } catch (Conflict e) {
            return registerPage(409, typed, List.of(), new FieldError("login", e.titleZh(), e.titleEn()));
        }
        signIn.signInResident(request, response, form.getFirst("login"), form.getFirst("password"));
        return Response.seeOther(URI.create("/account")).build();
    }

    /** One of the signed-in resident's messages with its timeline and answer. */
    @GET
    @Path("messages/{number}")
    public Response message(@PathParam("number") String number) {
        if (!request.isUserInRole(ResidentPrincipal.ROLE)) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return cases.myMessage(number)
                .map(c -> pages.page(200, "identity/account-message", viewers.current(), Map.of("c", c)))
                .orElseGet(() -> pages.page(404, "identity/account", viewers.current(), Map.of(
                        "me", residents.find(request.getUserPrincipal().getName()).orElse(null),
                        "messages", cases.myMessages(), "missing", true)));
    }

    /** {@code failure} is the message key of why the last try failed, or null; {@code seconds} its argument. */
    private Response signInPage(int status, String failure, String seconds, String login) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", failure != null);
        model.put("failure", failure == null ? "" : failure);
        model.put("seconds", seconds);
        model.put("login", login);
        return pages.page(status, "identity/account-login", viewers.current(), model);
    }

    private Response registerPage(int status, Map<String, String> typed, List<FieldError> errors, FieldError taken) {
        List<FieldError> all = taken == null ? errors : List.of(taken);
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("errors", all);
        model.put("fieldErrors", all.stream()
                .collect(Collectors.toMap(FieldError::field, Function.identity(), (a, b) -> a)));
        return pages.page(status, "identity/account-register", viewers.current(), model);
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v;
    }
}

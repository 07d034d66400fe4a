package org.minsheng.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.identity.api.AccountStatus;
import org.minsheng.identity.api.Authenticator;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.PasswordService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * Changing one's own password (修改密码): staff at {@code /staff/password} — where a reset password
 * sends them until they chose their own — and residents at {@code /account/password}.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    static final String STAFF = "/staff/password";
    static final String RESIDENT = "/account/password";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    PasswordService passwords;

    @EJB
    Authenticator authenticator;

    @Context
    HttpServletRequest request;

    @GET
    @Path("staff/password")
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR})
    public Response staffForm() {
        return page(200, STAFF, List.of(), null, false);
    }

    @POST
    @Path("staff/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR})
    public Response staffChange(@FormParam("currentPassword") String current, @FormParam("newPassword") String next,
                                @FormParam("confirmPassword") String confirmation, @FormParam(CsrfToken.FIELD) String csrf) {
        return change(STAFF, current, next, confirmation, csrf);
    }

    @GET
    @Path("account/password")
    @RolesAllowed(Roles.RESIDENT)
    public Response residentForm() {
        return page(200, RESIDENT, List.of(), null, false);
    }

    @POST
    @Path("account/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.RESIDENT)
    public Response residentChange(@FormParam("currentPassword") String current, @FormParam("newPassword") String next,
                                   @FormParam("confirmPassword") String confirmation,
                                   @FormParam(CsrfToken.FIELD) String csrf) {
        return change(RESIDENT, current, next, confirmation, csrf);
    }

    private Response change(String action, String current, String next, String confirmation, String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return page(403, action, List.of(), "form.expired", false);
        }
        try {
            passwords.changeOwnPassword(current, next, confirmation == null ? "" : confirmation);
        } catch (ValidationFailed e) {
            return page(422, action, e.errors(), null, false);
        }
        return page(200, action, List.of(), null, true);
    }

    private Response page(int status, String action, List<FieldError> errors, String message, boolean changed) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, Function.identity(),
                (a, b) -> a)));
        model.put("message", message);
        model.put("changed", changed);
        model.put("required", !changed && action.equals(STAFF) && request.getUserPrincipal() != null
                && authenticator.status(request.getUserPrincipal().getName()) == AccountStatus.PASSWORD_CHANGE_REQUIRED);
        model.put("back", action.equals(STAFF) ? "/staff" : "/account");
        return pages.page(status, "identity/password", viewers.current(), model);
    }
}

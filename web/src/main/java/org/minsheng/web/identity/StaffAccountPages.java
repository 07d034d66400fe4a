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
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.identity.api.OneTimePassword;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.StaffAccountService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * Staff accounts (账号管理) for the administrator: every account with its state; reset a password
 * (the one-time password is shown on the answer page, once), deactivate, reactivate.
 */
@Path("/staff/admin/accounts")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class StaffAccountPages {

    private static final String HERE = "/staff/admin/accounts";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    StaffAccountService accounts;

    @Context
    HttpServletRequest request;

    @GET
    public Response page() {
        return page(200, null, null);
    }

    /** {@code action} is {@code reset}, {@code deactivate} or {@code reactivate}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@FormParam("action") String action, @FormParam("username") String username,
                        @FormParam(CsrfToken.FIELD) String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return page(403, null, "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            switch (action == null ? "" : action) {
                case "reset" -> {
                    return page(200, accounts.resetPassword(username), null);
                }
                case "deactivate" -> accounts.deactivate(username);
                case "reactivate" -> accounts.reactivate(username);
                default -> {
                    return page(400, null, "未知的操作 / Unknown action");
                }
            }
        } catch (BusinessException e) {
            return page(e instanceof org.minsheng.shared.error.NotFound ? 404 : 409, null,
                    e.titleZh() + " / " + e.titleEn());
        }
        return Response.seeOther(URI.create(HERE + "#a-" + username)).build();
    }

    private Response page(int status, OneTimePassword issued, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", accounts.accounts());
        model.put("issued", issued);
        model.put("message", message);
        return pages.page(status, "identity/staff-accounts", viewers.current(), model);
    }
}

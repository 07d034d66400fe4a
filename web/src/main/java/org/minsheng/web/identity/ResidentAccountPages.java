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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.ResidentAccountService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** Residents' accounts (居民账号) for the administrator: find one, deactivate, reactivate. */
@Path("/staff/admin/residents")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ResidentAccountPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    ResidentAccountService accounts;

    @Context
    HttpServletRequest request;

    @GET
    public Response page(@QueryParam("q") String text) {
        return page(200, text, null);
    }

    /** {@code action} is {@code deactivate} or {@code reactivate}; {@code q} keeps the search shown. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@FormParam("action") String action, @FormParam("id") String id, @FormParam("q") String text,
                        @FormParam(CsrfToken.FIELD) String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return page(403, text, "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            switch (action == null ? "" : action) {
                case "deactivate" -> accounts.deactivate(id);
                case "reactivate" -> accounts.reactivate(id);
                default -> {
                    return page(400, text, "未知的操作 / Unknown action");
                }
            }
        } catch (BusinessException e) {
            return page(404, text, e.titleZh() + " / " + e.titleEn());
        }
        return Response.seeOther(UriBuilder.fromPath("/staff/admin/residents").queryParam("q", text == null ? "" : text)
                .fragment("r-" + id).build()).build();
    }

    private Response page(int status, String text, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", text == null ? "" : text);
        model.put("residents", accounts.find(text));
        model.put("message", message);
        return pages.page(status, "identity/staff-residents", viewers.current(), model);
    }
}

package org.minsheng.web.integrity;

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
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.integrity.api.IntegrityCheckView;
import org.minsheng.integrity.application.IntegrityCheckService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** The administrator's tamper-watch page (页面防篡改): alerts, checks, watched pages, and "check now". */
@Path("/staff/admin/integrity")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class IntegrityPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    IntegrityCheckService checks;

    @Context
    HttpServletRequest request;

    @GET
    public Response page(@QueryParam("checked") Long checked) {
        return page(200, null, checked);
    }

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkNow(@FormParam(CsrfToken.FIELD) String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return page(403, "页面已过期，请重新提交 / The page expired; submit again", null);
        }
        IntegrityCheckView check = checks.checkNow();
        return Response.seeOther(URI.create("/staff/admin/integrity?checked=" + check.id())).build();
    }

    private Response page(int status, String message, Long checked) {
        Map<String, Object> model = new HashMap<>();
        model.put("overview", checks.overview());
        model.put("message", message);
        model.put("checked", checked);
        return pages.page(status, "integrity/staff-integrity", viewers.current(), model);
    }
}

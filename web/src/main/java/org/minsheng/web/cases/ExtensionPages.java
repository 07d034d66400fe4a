package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.cases.application.ExtensionService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Extension requests waiting for the department head (or an admin); the decision is on the case page. */
@Path("/staff/extensions")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ExtensionPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    ExtensionService extensions;

    @GET
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response requests(@QueryParam("done") String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("requests", extensions.extensionRequests());
        model.put("decided", "extensionDecided".equals(done));
        return pages.page(200, "cases/staff-extensions", viewers.current(), model);
    }
}

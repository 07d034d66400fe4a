package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.SupervisionOverview;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.identity.api.Roles;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Electronic supervision (电子监察): open, yellow and red cases per department as bars, and the cases at risk. */
@Path("/staff/supervision")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SupervisionPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    SupervisionService supervision;

    @EJB
    SiteService site;

    @GET
    @RolesAllowed({Roles.LEADER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.ADMIN})
    public Response overview() {
        SupervisionOverview overview = supervision.overview();
        Map<String, Object> model = new HashMap<>();
        model.put("overview", overview);
        model.put("departmentNames", site.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, Function.identity())));
        // Bars are drawn against the busiest department, so the longest bar fills the row.
        model.put("scale", Math.max(1, overview.departments().stream()
                .mapToLong(SupervisionOverview.DepartmentLoad::open).max().orElse(1)));
        return pages.page(200, "cases/staff-supervision", viewers.current(), model);
    }
}

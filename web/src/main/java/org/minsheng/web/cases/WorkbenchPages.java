package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.cases.api.Workbench;
import org.minsheng.cases.application.WorkbenchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** The department's workbench; staff without a department queue land on the first page their roles use. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class WorkbenchPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    WorkbenchService workbench;

    @Context
    HttpServletRequest request;

    /**
     * The workbench of a department's staff: a tab per queue with its count. Staff without a
     * department queue land on the first page their roles use.
     */
    @GET
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public Response workbench(@QueryParam("queue") String queue, @QueryParam("done") String done) {
        if (!request.isUserInRole(Roles.HANDLER) && !request.isUserInRole(Roles.DEPT_ADMIN)
                && !request.isUserInRole(Roles.DISCIPLINE)) {
            return Response.seeOther(URI.create(landing())).build();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("bench", workbench.workbench(queue));
        model.put("queues", Workbench.QUEUES);
        model.put("returned", "returned".equals(done));
        return pages.page(200, "cases/staff-workbench", viewers.current(), model);
    }

    private String landing() {
        if (request.isUserInRole(Roles.DISPATCHER)) {
            return "/staff/dispatch";
        }
        if (request.isUserInRole(Roles.REVIEWER)) {
            return "/staff/review";
        }
        if (request.isUserInRole(Roles.LEADER)) {
            return "/staff/supervision";
        }
        return request.isUserInRole(Roles.ADMIN) ? "/staff/admin/classifier" : "/staff/notifications";
    }
}

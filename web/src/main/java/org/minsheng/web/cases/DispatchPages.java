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
import java.util.Set;
import org.minsheng.cases.application.DispatchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The platform dispatchers' queue: registered, accepted and returned cases (with the department's
 * reason for returning). Dispatching, accepting, not accepting and merging are forms on each
 * case's page.
 */
@Path("/staff/dispatch")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class DispatchPages {

    private static final Set<String> DONE = Set.of("dispatched", "refused", "merged");

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    DispatchService dispatching;

    @GET
    @RolesAllowed(Roles.DISPATCHER)
    public Response queue(@QueryParam("done") String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("queue", dispatching.dispatchQueue());
        model.put("done", done != null && DONE.contains(done) ? done : null);
        return pages.page(200, "cases/staff-dispatch", viewers.current(), model);
    }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minsheng.cases.application.ReviewService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * Replies waiting for review (a department head sees their department's, the platform reviewer
 * all) and, for the platform, answers held back from the board for sensitive words.
 */
@Path("/staff/review")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    private static final Set<String> DONE = Set.of("approved", "sentBack");

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    ReviewService review;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response queue(@QueryParam("done") String done) {
        boolean platform = request.isUserInRole(Roles.REVIEWER) || request.isUserInRole(Roles.ADMIN);
        Map<String, Object> model = new HashMap<>();
        model.put("queue", review.reviewQueue());
        model.put("held", platform ? review.heldForReview() : List.of());
        model.put("platform", platform);
        model.put("done", done != null && DONE.contains(done) ? done : null);
        return pages.page(200, "cases/staff-review", viewers.current(), model);
    }
}

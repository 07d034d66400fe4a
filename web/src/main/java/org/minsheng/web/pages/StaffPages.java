package org.minsheng.web.pages;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.minsheng.shared.error.BusinessException;
import org.minsheng.web.platform.security.CsrfToken;
import org.minsheng.web.platform.security.SignIn;

/** Staff sign-in and sign-out, the department's workbench, and the classifier administration. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    SignIn signIn;

    @EJB
    WorkbenchService workbench;

    @EJB
    org.minsheng.nlp.api.ModelAdministration models;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("login")
    public Response loginForm(@QueryParam("next") String next) {
        return pages.page(200, "login", viewers.current(), Map.of("failed", false, "next", nextOrQueue(next), "username", ""));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next) {
        if (signIn.signIn(request, response, username, password).isPresent()) {
            return Response.seeOther(URI.create(nextOrQueue(next))).build();
        }
        return pages.page(401, "login", viewers.current(), Map.of("failed", true, "next", nextOrQueue(next),
                "username", username == null ? "" : username));
    }

    @POST
    @Path("logout")
    public Response logout() {
        signIn.signOut(request);
        return Response.seeOther(URI.create("/")).build();
    }

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
        return pages.page(200, "staff-workbench", viewers.current(), model);
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

    @GET
    @Path("admin/classifier")
    @RolesAllowed(Roles.ADMIN)
    public Response classifier() {
        return classifierPage(200, null);
    }

    @POST
    @Path("admin/classifier/{action:training|activation}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response classifierAction(@PathParam("action") String action, @FormParam("version") String version,
                                     @FormParam(CsrfToken.FIELD) String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return classifierPage(403, "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            if ("training".equals(action)) {
                models.startTraining();
            } else {
                models.activate(version);
            }
            return Response.seeOther(URI.create("/staff/admin/classifier")).build();
        } catch (BusinessException e) {
            return classifierPage(409, e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response classifierPage(int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("current", models.current());
        model.put("examples", models.trainingExamples());
        model.put("training", models.training());
        model.put("message", message);
        return pages.page(status, "staff-classifier", viewers.current(), model);
    }

    private static String nextOrQueue(String next) {
        return next != null && next.startsWith("/staff") && !next.startsWith("//") ? next : "/staff";
    }
}

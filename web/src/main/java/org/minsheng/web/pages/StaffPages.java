package org.minsheng.web.pages;

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
import java.util.List;
import java.util.Map;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.CaseWorkflowService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.security.CsrfToken;
import org.minsheng.web.platform.security.SignIn;

/** The handler's workbench pages: sign in, the department's queue, a case and its answer. */
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
    CaseWorkflowService cases;

    @EJB
    SiteService site;

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

    @GET
    @RolesAllowed({"handler", "dispatcher", "admin"})
    public Response queue() {
        if (!request.isUserInRole("handler")) {
            return Response.seeOther(URI.create(request.isUserInRole("dispatcher") ? "/staff/dispatch"
                    : "/staff/admin/classifier")).build();
        }
        return pages.page(200, "staff-queue", viewers.current(), Map.of("queue", cases.myQueue()));
    }

    @GET
    @Path("admin/classifier")
    @RolesAllowed("admin")
    public Response classifier() {
        return classifierPage(200, null);
    }

    @POST
    @Path("admin/classifier/{action:training|activation}")
    @RolesAllowed("admin")
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

    @GET
    @Path("dispatch")
    @RolesAllowed("dispatcher")
    public Response dispatchQueue() {
        return pages.page(200, "staff-dispatch", viewers.current(), Map.of("queue", cases.dispatchQueue()));
    }

    @POST
    @Path("cases/{id}/dispatch")
    @RolesAllowed("dispatcher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispatch(@PathParam("id") String id, @FormParam("departmentCode") String department,
                             @FormParam("category") String category, @FormParam("version") long version,
                             @FormParam(CsrfToken.FIELD) String csrf) {
        return onCase(id, csrf, "", "/staff/dispatch", () -> cases.dispatch(id, department, category, List.of(), List.of(), version));
    }

    @POST
    @Path("cases/{id}/publication")
    @RolesAllowed({"reviewer", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publication(@PathParam("id") String id, @FormParam("publish") String publish,
                                @FormParam(CsrfToken.FIELD) String csrf) {
        return onCase(id, csrf, "", "/staff/cases/" + id, () -> cases.decidePublication(id, "yes".equals(publish)));
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({"handler", "dispatcher", "reviewer", "admin"})
    public Response caseFile(@PathParam("id") String id) {
        return casePage(200, cases.forStaff(id), "", List.of(), null);
    }

    @POST
    @Path("cases/{id}/answer")
    @RolesAllowed("handler")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @FormParam("reply") String reply,
                           @FormParam("publish") String publish, @FormParam("version") long version,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return onCase(id, csrf, reply, "/staff/cases/" + id, () -> cases.answer(id, reply, "yes".equals(publish), version));
    }

    /**
     * A workflow step posted from a case page: checks the form's CSRF token, runs the step, then
     * goes on (post/redirect/get) or shows the case again with what went wrong and what was typed.
     */
    private Response onCase(String id, String csrf, String typed, String next, Runnable step) {
        if (!CsrfToken.matches(request, csrf)) {
            return casePage(403, cases.forStaff(id), typed, List.of(), "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            step.run();
            return Response.seeOther(URI.create(next)).build();
        } catch (ValidationFailed e) {
            return casePage(422, cases.forStaff(id), typed, e.errors(), null);
        } catch (BusinessException e) {
            return casePage(409, cases.forStaff(id), typed, List.of(), e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response casePage(int status, CaseDetails details, String reply, List<FieldError> errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("c", details);
        model.put("reply", reply == null ? "" : reply);
        model.put("errors", errors);
        model.put("message", message);
        model.put("department", site.department(details.departmentCode()).orElse(null));
        model.put("departments", site.departments());
        model.put("categories", List.of("城乡建设", "环境保护", "交通运输", "教育文体", "劳动和社会保障", "商贸旅游", "卫生计生"));
        return pages.page(status, "staff-case", viewers.current(), model);
    }

    private static String nextOrQueue(String next) {
        return next != null && next.startsWith("/staff") && !next.startsWith("//") ? next : "/staff";
    }
}

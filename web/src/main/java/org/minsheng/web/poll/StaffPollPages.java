package org.minsheng.web.poll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.application.PollAdministration;
import org.minsheng.poll.application.PollTallies;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** The staff's poll pages: their department's polls with a form for a new one, and one poll's results and texts. */
@Path("/staff/polls")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class StaffPollPages {

    private static final String EXPIRED = "页面已过期，请重新提交 / The page expired; submit again";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    PollAdministration administration;

    @EJB
    PollTallies tallies;

    @EJB
    SiteDirectory site;

    @Context
    HttpServletRequest request;

    @GET
    public Response list() {
        return list(200, List.of(), null, new FormValues());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return list(403, List.of(), EXPIRED, new FormValues(form));
        }
        try {
            PollView poll = administration.create(StaffPollForm.read(form.getFirst("departmentCode"),
                    form.getFirst("title"), form.getFirst("description"), form.getFirst("rule"),
                    form.getFirst("resultsShown"), form.getFirst("opensAt"), form.getFirst("closesAt"),
                    form.getFirst("addressLimit"), form.getFirst("questions")));
            return Response.seeOther(URI.create("/staff/polls/" + poll.id() + "?created=1")).build();
        } catch (ValidationFailed e) {
            return list(422, e.errors(), null, new FormValues(form));
        }
    }

    @GET
    @Path("{id}")
    public Response poll(@PathParam("id") String id, @QueryParam("q") String query,
                         @QueryParam("status") String status, @QueryParam("created") String created) {
        Map<String, Object> model = new HashMap<>();
        PollView poll = administration.poll(id);
        model.put("p", poll);
        model.put("created", "1".equals(created));
        try {
            model.put("r", tallies.staffResults(id));
        } catch (Forbidden e) {
            model.put("r", null);
        }
        model.put("texts", tallies.texts(id, query, status));
        model.put("q", query == null ? "" : query);
        model.put("status", status == null ? "" : status);
        return pages.page(200, "poll/staff-poll", viewers.current(), model);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        if (CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            administration.close(id);
        }
        return Response.seeOther(URI.create("/staff/polls/" + id)).build();
    }

    @POST
    @Path("{id}/texts/{textId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("textId") String textId,
                           MultivaluedMap<String, String> form) {
        if (CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            tallies.decide(id, textId, "publish".equals(form.getFirst("decision")));
        }
        return Response.seeOther(URI.create("/staff/polls/" + id + "#texts")).build();
    }

    private Response list(int status, List<FieldError> errors, String message, FormValues form) {
        Map<String, Object> model = new HashMap<>();
        model.put("polls", administration.list());
        model.put("departments", site.departments());
        model.put("errors", errors);
        model.put("message", message);
        model.put("form", form);
        return pages.page(status, "poll/staff-polls", viewers.current(), model);
    }
}

package org.minsheng.web.interview;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The moderator console of an interview: the questions by status, and approve, reject with a
 * reason, merge and correct typos. Plain forms with the CSRF token; a small script reloads the
 * page when the staff channel reports a change.
 */
@Path("/staff/interviews")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class QuestionModerationPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewQueries interviews;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}/moderate")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public Response moderate(@PathParam("id") String id, @QueryParam("error") String error) {
        InterviewView interview = interviews.interview(id);
        List<QuestionView> all = interviews.questions(id, List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("i", interview);
        model.put("pending", all.stream().filter(q -> q.status().equals("PENDING")).toList());
        model.put("approved", all.stream().filter(q -> q.status().equals("APPROVED")).toList());
        model.put("done", all.stream().filter(q -> !q.status().equals("PENDING") && !q.status().equals("APPROVED"))
                .toList());
        model.put("error", error);
        return pages.page(200, "interview/staff-moderate", viewers.current(), model);
    }

    @POST
    @Path("{id}/questions/{qid}/approve")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @PathParam("qid") String qid,
                            @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, moderationPage(id), () -> moderation.approve(qid));
    }

    @POST
    @Path("{id}/questions/{qid}/reject")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @PathParam("qid") String qid,
                           @FormParam("reason") String reason, @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, moderationPage(id), () -> moderation.reject(qid, reason));
    }

    @POST
    @Path("{id}/questions/{qid}/merge")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("into") String into,
                          @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, moderationPage(id), () -> moderation.merge(qid, into));
    }

    @POST
    @Path("{id}/questions/{qid}/edit")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("text") String text,
                         @FormParam("version") long version, @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, moderationPage(id), () -> moderation.edit(qid, text, version));
    }

    private static String moderationPage(String id) {
        return "/staff/interviews/" + id + "/moderate";
    }
}

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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.application.InterviewService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.pages.PageRenderer;
import org.minsheng.web.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The staff pages of an interview: the host/guest console (post, answer, start, finish) and the
 * moderator console (approve, reject with a reason, merge, correct typos). Plain forms with the
 * CSRF token; a small script reloads the page when the staff channel reports a change.
 */
@Path("/staff/interviews")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class StaffInterviewPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    InterviewService interviews;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({"host", "guest", "moderator", "admin"})
    public Response list() {
        return pages.page(200, "staff-interviews", viewers.current(), Map.of("interviews", interviews.list()));
    }

    @GET
    @Path("{id}/console")
    @RolesAllowed({"host", "guest", "admin"})
    public Response console(@PathParam("id") String id, @QueryParam("error") String error) {
        InterviewView interview = interviews.interview(id);
        Map<String, Object> model = new HashMap<>();
        model.put("i", interview);
        model.put("posts", interviews.history(id, Math.max(0, interview.lastSequence() - 300), 300));
        model.put("toAnswer", interviews.questions(id, List.of("APPROVED")));
        model.put("error", error);
        model.put("guest", request.isUserInRole("guest"));
        model.put("host", request.isUserInRole("host") || request.isUserInRole("admin"));
        return pages.page(200, "staff-interview-console", viewers.current(), model);
    }

    @GET
    @Path("{id}/moderate")
    @RolesAllowed({"moderator", "host", "admin"})
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
        return pages.page(200, "staff-interview-moderate", viewers.current(), model);
    }

    @POST
    @Path("{id}/post")
    @RolesAllowed({"host", "guest", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("id") String id, @FormParam("text") String text,
                         @FormParam("imageUrl") String imageUrl, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> interviews.post(id, text, imageUrl));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({"host", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> interviews.start(id));
    }

    @POST
    @Path("{id}/finish")
    @RolesAllowed({"host", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") String id, @FormParam("summary") String summary,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> interviews.finish(id, summary));
    }

    @POST
    @Path("{id}/questions/{qid}/answer")
    @RolesAllowed({"guest", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("text") String text,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, console(id), () -> interviews.answer(qid, text));
    }

    @POST
    @Path("{id}/questions/{qid}/approve")
    @RolesAllowed({"moderator", "host", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @PathParam("qid") String qid,
                            @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderation(id), () -> interviews.approve(qid));
    }

    @POST
    @Path("{id}/questions/{qid}/reject")
    @RolesAllowed({"moderator", "host", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @PathParam("qid") String qid,
                           @FormParam("reason") String reason, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderation(id), () -> interviews.reject(qid, reason));
    }

    @POST
    @Path("{id}/questions/{qid}/merge")
    @RolesAllowed({"moderator", "host", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("into") String into,
                          @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderation(id), () -> interviews.merge(qid, into));
    }

    @POST
    @Path("{id}/questions/{qid}/edit")
    @RolesAllowed({"moderator", "host", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("text") String text,
                         @FormParam("version") long version, @FormParam(CsrfToken.FIELD) String csrf) {
        return act(csrf, moderation(id), () -> interviews.edit(qid, text, version));
    }

    private static String console(String id) {
        return "/staff/interviews/" + id + "/console";
    }

    private static String moderation(String id) {
        return "/staff/interviews/" + id + "/moderate";
    }

    /** Runs the action and goes back to the page, with the error (escaped when shown) if it failed. */
    private Response act(String csrf, String back, Supplier<?> action) {
        if (!CsrfToken.matches(request, csrf)) {
            return backWith(back, "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            action.get();
            return Response.seeOther(URI.create(back)).build();
        } catch (ValidationFailed e) {
            return backWith(back, e.errors().stream().map(f -> f.messageZh() + " / " + f.messageEn())
                    .reduce((a, b) -> a + "；" + b).orElse(e.titleZh()));
        } catch (BusinessException e) {
            return backWith(back, e.titleZh() + " / " + e.titleEn());
        }
    }

    private static Response backWith(String back, String error) {
        return Response.seeOther(URI.create(back + "?error=" + URLEncoder.encode(error, StandardCharsets.UTF_8))).build();
    }
}

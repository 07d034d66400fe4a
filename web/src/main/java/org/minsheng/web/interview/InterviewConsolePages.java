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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.web.platform.Uploads;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The host/guest console of an interview: post (with an optional image), answer approved
 * questions, start and finish. Plain forms with the CSRF token; a small script reloads the page
 * when the staff channel reports a change.
 */
@Path("/staff/interviews")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class InterviewConsolePages {

    /** A post's text is at most 2000 characters; three bytes each in UTF-8, with room to spare. */
    private static final int POST_FIELD_BYTES = 8192;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    InterviewHosting hosting;

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewQueries interviews;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}/console")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public Response console(@PathParam("id") String id, @QueryParam("error") String error) {
        InterviewView interview = interviews.interview(id);
        Map<String, Object> model = new HashMap<>();
        model.put("i", interview);
        model.put("posts", interviews.history(id, Math.max(0, interview.lastSequence() - 300), 300));
        model.put("toAnswer", interviews.questions(id, List.of("APPROVED")));
        model.put("error", error);
        model.put("guest", request.isUserInRole(Roles.GUEST));
        model.put("host", request.isUserInRole(Roles.HOST) || request.isUserInRole(Roles.ADMIN));
        return pages.page(200, "interview/staff-console", viewers.current(), model);
    }

    @POST
    @Path("{id}/post")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("id") String id, @FormParam("text") String text,
                         @FormParam("imageUrl") String imageUrl, @FormParam("imageAlt") String imageAlt,
                         @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, console(id), () -> hosting.post(id, text, imageUrl, imageAlt));
    }

    /** The console's post form with an optional image file (a plain multipart form, no script needed). */
    @POST
    @Path("{id}/post")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postWithImage(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        String csrf = Uploads.text(parts, CsrfToken.FIELD);
        String text = Uploads.text(parts, "text", POST_FIELD_BYTES);
        String imageAlt = Uploads.text(parts, "imageAlt", POST_FIELD_BYTES);
        if (!Uploads.hasFile(parts)) {
            return StaffForms.act(request, csrf, console(id), () -> hosting.post(id, text, null, imageAlt));
        }
        Uploads.UploadedFile image = Uploads.file(parts, hosting.maxImageBytes());
        return StaffForms.act(request, csrf, console(id), () -> hosting.postWithImage(id, text, image.fileName(),
                image.declaredType(), image.content(), imageAlt));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id, @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, console(id), () -> hosting.start(id));
    }

    @POST
    @Path("{id}/finish")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") String id, @FormParam("summary") String summary,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, console(id), () -> hosting.finish(id, summary));
    }

    @POST
    @Path("{id}/questions/{qid}/answer")
    @RolesAllowed({Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @PathParam("qid") String qid, @FormParam("text") String text,
                           @FormParam(CsrfToken.FIELD) String csrf) {
        return StaffForms.act(request, csrf, console(id), () -> moderation.answer(qid, text));
    }

    private static String console(String id) {
        return "/staff/interviews/" + id + "/console";
    }
}

package org.minsheng.web.interview;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.ImageView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.web.platform.Uploads;
import org.minsheng.interview.application.InterviewAnnouncements;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;

/** The staff side of interviews: announce, start, post, moderate, answer, finish. */
@Path("/api/staff/interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffInterviewResource {

    public record NewGuest(String name, String title, String titleEn, String photoUrl, String username) {
    }

    public record Announcement(String title, String introduction, String departmentCode, Instant scheduledAt,
                               List<NewGuest> guests) {
    }

    public record Post(String text, String imageUrl, String imageAlt) {
    }

    public record Reason(String reason) {
    }

    public record Merge(String into) {
    }

    public record Edit(String text, long version) {
    }

    public record Answer(String text) {
    }

    public record Finish(String summary) {
    }

    public record Created(String id) {
    }

    @EJB
    InterviewAnnouncements announcements;

    @EJB
    InterviewHosting hosting;

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewQueries interviews;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response announce(Announcement a) {
        List<NewGuest> guests = a == null || a.guests() == null ? List.of() : a.guests();
        String id = announcements.announce(new InterviewAnnouncements.NewInterview(a == null ? null : a.title(),
                a == null ? null : a.introduction(), a == null ? null : a.departmentCode(),
                a == null ? null : a.scheduledAt(),
                guests.stream().map(g -> new GuestView(g.name(), g.title(), g.titleEn() == null ? g.title() : g.titleEn(),
                        g.photoUrl())).toList(),
                guests.stream().map(NewGuest::username).toList()));
        return Response.status(201).entity(new Created(id)).build();
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView start(@PathParam("id") String id) {
        return hosting.start(id);
    }

    @POST
    @Path("{id}/finish")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView finish(@PathParam("id") String id, Finish finish) {
        return hosting.finish(id, finish == null ? null : finish.summary());
    }

    @POST
    @Path("{id}/posts")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public Response post(@PathParam("id") String id, Post post) {
        PostView stored = hosting.post(id, post == null ? null : post.text(), post == null ? null : post.imageUrl(),
                post == null ? null : post.imageAlt());
        return Response.status(201).entity(stored).build();
    }

    /** An image for a post: multipart form with the field {@code file} (JPEG or PNG); 201 with its address. */
    @POST
    @Path("{id}/images")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImage(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        return uploaded(id, parts);
    }

    /** A guest's photo for an interview being announced, before it exists. */
    @POST
    @Path("images")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadPhoto(List<EntityPart> parts) throws IOException {
        return uploaded(null, parts);
    }

    private Response uploaded(String interviewId, List<EntityPart> parts) throws IOException {
        Uploads.UploadedFile file = Uploads.file(parts, hosting.maxImageBytes());
        ImageView image = hosting.uploadImage(interviewId, file.fileName(), file.declaredType(), file.content());
        return Response.created(URI.create(image.url())).entity(image).build();
    }

    @GET
    @Path("{id}/questions")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public List<QuestionView> questions(@PathParam("id") String id, @QueryParam("status") List<String> status) {
        return interviews.questions(id, status);
    }

    @POST
    @Path("questions/{qid}/approve")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView approve(@PathParam("qid") String qid) {
        return moderation.approve(qid);
    }

    @POST
    @Path("questions/{qid}/reject")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView reject(@PathParam("qid") String qid, Reason reason) {
        return moderation.reject(qid, reason == null ? null : reason.reason());
    }

    @POST
    @Path("questions/{qid}/merge")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView merge(@PathParam("qid") String qid, Merge merge) {
        return moderation.merge(qid, merge == null ? null : merge.into());
    }

    @POST
    @Path("questions/{qid}/edit")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView edit(@PathParam("qid") String qid, Edit edit) {
        return moderation.edit(qid, edit == null ? null : edit.text(), edit == null ? -1 : edit.version());
    }

    @POST
    @Path("questions/{qid}/answer")
    @RolesAllowed({Roles.GUEST, Roles.ADMIN})
    public Response answer(@PathParam("qid") String qid, Answer answer) {
        PostView stored = moderation.answer(qid, answer == null ? null : answer.text());
        return Response.status(201).entity(stored).build();
    }
}

package org.minsheng.web.interview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.ImageView;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.application.InterviewAnnouncements;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.Uploads;

/**
 * The staff side of interviews: announce, start, post, finish, and the images of guests and posts.
 * The questions (moderate, answer) are {@link StaffQuestionResource}, at the same path.
 */
@Path("/api/staff/interviews")
@Tag(name = OpenApiConventions.INTERVIEW)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffInterviewResource {

    @Schema(name = "NewGuest", description = "A guest of an interview being announced",
            requiredProperties = {"name", "title"},
            properties = {
                    @SchemaProperty(name = "name", minLength = 1, maxLength = 40, description = "The guest's name"),
                    @SchemaProperty(name = "title", minLength = 1, maxLength = 200,
                            description = "The title in Chinese"),
                    @SchemaProperty(name = "titleEn", maxLength = 200, description = "The title in English; the Chinese"
                            + " one when blank"),
                    @SchemaProperty(name = "photoUrl", description = "A photo's address, e.g. an uploaded image's"),
                    @SchemaProperty(name = "username", description = "The guest's staff account, which must have the"
                            + " guest role; optional")})
    public record NewGuest(String name, String title, String titleEn, String photoUrl, String username) {
    }

    @Schema(name = "Announcement", description = "An interview to announce",
            requiredProperties = {"title", "introduction", "departmentCode", "scheduledAt", "guests"},
            properties = {
                    @SchemaProperty(name = "title", minLength = 1, maxLength = 100, description = "The topic"),
                    @SchemaProperty(name = "introduction", minLength = 1, maxLength = 2000,
                            description = "What the interview is about"),
                    @SchemaProperty(name = "departmentCode", description = "The department that takes the questions not"
                            + " answered on air (see GET /api/departments)"),
                    @SchemaProperty(name = "scheduledAt", description = "When it starts"),
                    @SchemaProperty(name = "guests", minItems = 1, description = "At least one guest")})
    public record Announcement(String title, String introduction, String departmentCode, Instant scheduledAt,
                               List<NewGuest> guests) {
    }

    @Schema(name = "InterviewPost", description = "What the host or a guest says, optionally with an image",
            requiredProperties = "text",
            properties = {
                    @SchemaProperty(name = "text", minLength = 1, maxLength = 2000, description = "The post"),
                    @SchemaProperty(name = "imageUrl", maxLength = 500,
                            description = "An image: https://…, /static/… or"
                            + " an uploaded image's /api/interviews/images/… address"),
                    @SchemaProperty(name = "imageAlt", maxLength = 200, description = "The image in words, for screen"
                            + " readers; required with an image")})
    public record Post(String text, String imageUrl, String imageAlt) {
    }

    @Schema(name = "Finish", description = "The end of an interview", requiredProperties = "summary",
            properties = @SchemaProperty(name = "summary", minLength = 1, maxLength = 4000,
                    description = "The summary published with the transcript"))
    public record Finish(String summary) {
    }

    @Schema(name = "CreatedInterview", description = "The new interview's id")
    public record Created(String id) {
    }

    @EJB
    InterviewAnnouncements announcements;

    @EJB
    InterviewHosting hosting;

    @POST
    @Operation(summary = "Announce an interview")
    @APIResponse(responseCode = "201", description = "Announced",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
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
    @Operation(summary = "Go live", description = "Only an announced interview starts.")
    @APIResponse(responseCode = "200", description = "The interview, live")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HOST, Roles.ADMIN})
    @Path("{id}/start")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView start(@PathParam("id") String id) {
        return hosting.start(id);
    }

    @POST
    @Operation(summary = "End the interview",
            description = "Approved questions not answered on air become cases of the interview's department, due in"
                    + " five working days.")
    @APIResponse(responseCode = "200", description = "The interview, finished")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HOST, Roles.ADMIN})
    @Path("{id}/finish")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    public InterviewView finish(@PathParam("id") String id, Finish finish) {
        return hosting.finish(id, finish == null ? null : finish.summary());
    }

    @POST
    @Operation(summary = "Post as the host or a guest", description = "Only while the interview is live.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The interview is not live")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Path("{id}/posts")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public Response post(@PathParam("id") String id, Post post) {
        PostView stored = hosting.post(id, post == null ? null : post.text(), post == null ? null : post.imageUrl(),
                post == null ? null : post.imageAlt());
        return Response.status(201).entity(stored).build();
    }

    /** An image for a post: multipart form with the field {@code file} (JPEG or PNG); 201 with its address. */
    @POST
    @Operation(summary = "Upload an image for a post",
            description = "Checked by its content (JPEG or PNG only), with location and camera metadata removed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "One JPEG or PNG, at most the attachment limit (5 MiB by default)"))))
    @APIResponse(responseCode = "201", description = "Stored, metadata removed; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Path("{id}/images")
    @RolesAllowed({Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImage(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        return uploaded(id, parts);
    }

    /** A guest's photo for an interview being announced, before it exists. */
    @POST
    @Operation(summary = "Upload a guest's photo for an interview being announced")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "One JPEG or PNG, at most the attachment limit (5 MiB by default)"))))
    @APIResponse(responseCode = "201", description = "Stored, metadata removed; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
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
}

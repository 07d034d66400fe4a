package org.minsheng.web.interview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.interview.api.AskReceipt;
import org.minsheng.interview.api.ImageContent;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.TranscriptView;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.web.interview.live.LiveHub;
import org.minsheng.web.interview.live.LiveMetrics;
import org.minsheng.web.platform.Idempotent;
import org.minsheng.web.platform.OpenApiConventions;

/** The public interview API: announcements, the stored stream, transcripts and residents' questions. */
@Path("/api/interviews")
@Tag(name = OpenApiConventions.INTERVIEW)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    @Schema(name = "Ask", description = "A resident's question to an interview",
            requiredProperties = {"viewerId", "text"},
            properties = {
                    @SchemaProperty(name = "viewerId", pattern = "^[A-Za-z0-9_-]{8,64}$",
                            description = "The viewer's id, made by the page and kept for the visit"),
                    @SchemaProperty(name = "nickname", maxLength = 20,
                            description = "Shown with the question; 网友 when blank"),
                    @SchemaProperty(name = "text", minLength = 1, maxLength = 300,
                            description = "The question, at most 300 characters")})
    public record Ask(String viewerId, String nickname, String text) {
    }

    @EJB
    InterviewQueries interviews;

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewHosting hosting;

    @Inject
    LiveHub hub;

    @GET
    @Operation(summary = "The interviews, announced, live and finished")
    @APIResponse(responseCode = "200", description = "The interviews")
    public List<InterviewView> list() {
        return interviews.list();
    }

    @GET
    @Operation(summary = "One interview and its state")
    @APIResponse(responseCode = "200", description = "The interview")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @Path("{id}")
    public InterviewView interview(@PathParam("id") String id) {
        return interviews.interview(id);
    }

    /** Posts numbered above {@code after}, in order, at most {@code limit} (≤ 1000). */
    @GET
    @Operation(summary = "The stored stream after a post",
            description = "For late joiners and reconnecting viewers: the posts numbered above after, in order.")
    @Parameter(name = "after", description = "The number of the last post seen",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", defaultValue = "0"))
    @Parameter(name = "limit", description = "At most this many posts, 1 to 1,000",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "200"))
    @APIResponse(responseCode = "200", description = "The posts")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "No such interview, or after or limit is not a whole number")
    @Path("{id}/posts")
    public List<PostView> posts(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
                                @QueryParam("limit") @DefaultValue("200") int limit) {
        return interviews.history(id, after, limit);
    }

    @GET
    @Operation(summary = "The transcript",
            description = "Every post, the summary, and the questions referred as cases with their answers.")
    @APIResponse(responseCode = "200", description = "The transcript")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @Path("{id}/transcript")
    public TranscriptView transcript(@PathParam("id") String id) {
        return interviews.transcript(id);
    }

    @POST
    @Operation(summary = "Ask a question",
            description = "The question waits for moderation; one with sensitive words is held for review.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = AskReceipt.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The interview has ended")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @APIResponse(responseCode = "429", ref = OpenApiConventions.TOO_MANY_REQUESTS,
            description = "More than one question in 10 seconds from this viewer")
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("id") String id, Ask ask) {
        Ask a = ask == null ? new Ask(null, null, null) : ask;
        AskReceipt receipt = moderation.ask(id, a.viewerId(), a.nickname(), a.text());
        return Response.status(201).entity(receipt).build();
    }

    /**
     * An uploaded image. Its bytes never change, so it may be cached for good; it is sent only as
     * the type its content was checked to be, never sniffed.
     */
    @GET
    @Operation(summary = "An uploaded image",
            description = "Sent as the type its content was checked to be, never sniffed; it never changes, so it may"
                    + " be cached for good. The ETag is its SHA-256.")
    @APIResponse(responseCode = "200", description = "The image",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names its ETag")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such image")
    @APIResponse(responseCode = "406", ref = OpenApiConventions.NOT_ACCEPTABLE)
    @Path("images/{imageId}")
    @Produces({"image/jpeg", "image/png"})
    public Response image(@PathParam("imageId") String imageId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ImageContent image = hosting.image(imageId);
        String etag = "\"" + image.sha256() + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(image.content(), image.contentType());
        return response.header("ETag", etag)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .build();
    }

    /** This node's fan-out figures: sessions, broadcasts, and slow sessions dropped. */
    @GET
    @Operation(summary = "This node's live fan-out figures",
            description = "WebSocket sessions, broadcasts, slow sessions dropped, feed lag and fan-out time.")
    @APIResponse(responseCode = "200", description = "The figures")
    @Path("live-metrics")
    public LiveMetrics.Snapshot metrics() {
        return hub.metrics();
    }
}

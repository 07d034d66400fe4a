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

/** The public interview API: announcements, the stored stream, transcripts and residents' questions. */
@Path("/api/interviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

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
    public List<InterviewView> list() {
        return interviews.list();
    }

    @GET
    @Path("{id}")
    public InterviewView interview(@PathParam("id") String id) {
        return interviews.interview(id);
    }

    /** Posts numbered above {@code after}, in order, at most {@code limit} (≤ 1000). */
    @GET
    @Path("{id}/posts")
    public List<PostView> posts(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
                                @QueryParam("limit") @DefaultValue("200") int limit) {
        return interviews.history(id, after, limit);
    }

    @GET
    @Path("{id}/transcript")
    public TranscriptView transcript(@PathParam("id") String id) {
        return interviews.transcript(id);
    }

    @POST
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
    @Path("live-metrics")
    public LiveMetrics.Snapshot metrics() {
        return hub.metrics();
    }
}

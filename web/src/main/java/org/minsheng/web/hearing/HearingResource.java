package org.minsheng.web.hearing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.HearingSummary;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewComment;
import org.minsheng.hearing.application.HearingParticipation;
import org.minsheng.web.platform.OpenApiConventions;

/** The public hearing API: drafts, their versions, published comments and feedback; residents' comments. */
@Path("/api/hearings")
@Tag(name = OpenApiConventions.HEARING)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HearingResource {

    @EJB
    HearingParticipation participation;

    @GET
    @Operation(summary = "Drafts put to the public, the latest first")
    @APIResponse(responseCode = "200", description = "The hearings")
    public List<HearingSummary> list() {
        return participation.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A draft with its versions, published comments (masked) and feedback")
    @APIResponse(responseCode = "200", description = "The hearing")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such hearing")
    public HearingView hearing(@PathParam("id") String id) {
        return participation.hearing(id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on the draft",
            description = "On the whole draft (section 0 or none) or one section of the current version; with name"
                    + " and an 11-digit mobile unless signed in as a resident. Shown once a moderator approves it,"
                    + " with the name and personal data masked.")
    @APIResponse(responseCode = "201", description = "Received, pending moderation",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such hearing")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The period has ended")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public Response comment(@PathParam("id") String id, NewComment comment) {
        NewComment c = comment == null ? new NewComment(null, null, null, null) : comment;
        return Response.status(201).entity(participation.comment(id, c)).build();
    }
}

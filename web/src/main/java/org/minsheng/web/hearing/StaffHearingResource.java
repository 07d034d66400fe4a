package org.minsheng.web.hearing;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.FeedbackView;
import org.minsheng.hearing.api.HearingSummary;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewHearing;
import org.minsheng.hearing.api.Revision;
import org.minsheng.hearing.application.HearingAdministration;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/** A department's hearings under {@code /api/staff/hearings} (an administrator's: all). */
@Path("/api/staff/hearings")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
@Tag(name = OpenApiConventions.HEARING)
@SecurityRequirement(name = OpenApiConventions.SESSION,
        scopes = {Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StaffHearingResource {

    @EJB
    HearingAdministration administration;

    @GET
    @Operation(summary = "The department's hearings")
    @APIResponse(responseCode = "200", description = "The hearings")
    public List<HearingSummary> list() {
        return administration.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a draft for comments",
            description = "The period runs from now to closesAt: at least 30 days, or shortPeriodReason is required."
                    + " The feedback is due 10 working days after the period.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public Response publish(NewHearing hearing) {
        NewHearing h = hearing == null ? new NewHearing(null, null, null, null, null, null, null, null) : hearing;
        return Response.status(201).entity(administration.publish(h)).build();
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of the draft with its change log, during the period")
    @APIResponse(responseCode = "200", description = "The hearing with the new version")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such hearing")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
            description = "The period has ended, or the hearing changed since it was read")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public HearingView revise(@PathParam("id") String id, Revision revision) {
        return administration.revise(id, revision == null ? new Revision(null, null, -1) : revision);
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "Comments with their authors, for moderation", description = "status: PENDING, APPROVED,"
            + " REJECTED, or all.")
    @APIResponse(responseCode = "200", description = "The comments")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such hearing")
    public List<CommentView> comments(@PathParam("id") String id, @QueryParam("status") String status) {
        return administration.comments(id, status);
    }

    @POST
    @Path("{id}/comments/{commentId}/approve")
    @Operation(summary = "Publish a comment (masked)")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such comment")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Already moderated")
    public CommentView approve(@PathParam("id") String id, @PathParam("commentId") String commentId) {
        return administration.moderate(id, commentId, true);
    }

    @POST
    @Path("{id}/comments/{commentId}/reject")
    @Operation(summary = "Keep a comment unpublished")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such comment")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Already moderated")
    public CommentView reject(@PathParam("id") String id, @PathParam("commentId") String commentId) {
        return administration.moderate(id, commentId, false);
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the feedback (采纳情况)",
            description = "After the period: adopted, partlyAdopted and notAdopted must add up to the published"
                    + " comments, each non-empty group with its reason.")
    @APIResponse(responseCode = "200", description = "The hearing with its feedback")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such hearing")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
            description = "The period is not over, or the feedback was already published")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public HearingView feedback(@PathParam("id") String id, FeedbackView feedback) {
        return administration.publishFeedback(id, feedback == null
                ? new FeedbackView(null, null, null, null, null, null, null, null) : feedback);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the hearing", description = "Only once its feedback is published.")
    @APIResponse(responseCode = "200", description = "The hearing, closed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such hearing")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "No feedback published yet")
    public HearingView close(@PathParam("id") String id) {
        return administration.close(id);
    }
}

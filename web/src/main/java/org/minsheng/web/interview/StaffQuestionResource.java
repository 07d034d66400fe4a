package org.minsheng.web.interview;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The staff side of residents' questions: the queue, approve, reject, merge, correct typos and
 * answer. It shares its path with {@link StaffInterviewResource}, which announces and hosts.
 */
@Path("/api/staff/interviews")
@Tag(name = OpenApiConventions.INTERVIEW)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffQuestionResource {

    @Schema(name = "RejectReason", description = "Why a question is not taken", requiredProperties = "reason",
            properties = @SchemaProperty(name = "reason", minLength = 1, maxLength = 200, description = "The reason"))
    public record Reason(String reason) {
    }

    @Schema(name = "QuestionMerge", description = "The question this one repeats", requiredProperties = "into",
            properties = @SchemaProperty(name = "into", description = "The other question's id"))
    public record Merge(String into) {
    }

    @Schema(name = "QuestionEdit", description = "A question with obvious typos corrected",
            requiredProperties = {"text", "version"},
            properties = {
                    @SchemaProperty(name = "text", minLength = 1, maxLength = 300,
                            description = "The corrected question"),
                    @SchemaProperty(name = "version", description = "The question version the moderator saw; another"
                            + " gets 409")})
    public record Edit(String text, long version) {
    }

    @Schema(name = "InterviewAnswer", description = "A guest's answer to an approved question",
            requiredProperties = "text",
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 4000, description = "The answer"))
    public record Answer(String text) {
    }

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewQueries interviews;

    @GET
    @Operation(summary = "The question queue")
    @Parameter(name = "status", description = "Only questions in these statuses, each of PENDING, APPROVED,"
            + " REJECTED, MERGED or ANSWERED (repeat the parameter); all by default",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @APIResponse(responseCode = "200", description = "The questions")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such interview")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "Unknown status")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    @Path("{id}/questions")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.GUEST, Roles.ADMIN})
    public List<QuestionView> questions(@PathParam("id") String id, @QueryParam("status") List<String> status) {
        return interviews.questions(id, status);
    }

    @POST
    @Operation(summary = "Approve a question", description = "It is published in the stream.")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such question")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Path("questions/{qid}/approve")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView approve(@PathParam("qid") String qid) {
        return moderation.approve(qid);
    }

    @POST
    @Operation(summary = "Reject a question")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such question")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Path("questions/{qid}/reject")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView reject(@PathParam("qid") String qid, Reason reason) {
        return moderation.reject(qid, reason == null ? null : reason.reason());
    }

    @POST
    @Operation(summary = "Merge a question into another that asks the same")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such question")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Path("questions/{qid}/merge")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView merge(@PathParam("qid") String qid, Merge merge) {
        return moderation.merge(qid, merge == null ? null : merge.into());
    }

    @POST
    @Operation(summary = "Correct a question's typos", description = "The previous wording stays in the edit history.")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such question")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    @Path("questions/{qid}/edit")
    @RolesAllowed({Roles.MODERATOR, Roles.HOST, Roles.ADMIN})
    public QuestionView edit(@PathParam("qid") String qid, Edit edit) {
        return moderation.edit(qid, edit == null ? null : edit.text(), edit == null ? -1 : edit.version());
    }

    @POST
    @Operation(summary = "Answer an approved question", description = "The answer post links to the question's post.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such question")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.GUEST, Roles.ADMIN})
    @Path("questions/{qid}/answer")
    @RolesAllowed({Roles.GUEST, Roles.ADMIN})
    public Response answer(@PathParam("qid") String qid, Answer answer) {
        PostView stored = moderation.answer(qid, answer == null ? null : answer.text());
        return Response.status(201).entity(stored).build();
    }
}

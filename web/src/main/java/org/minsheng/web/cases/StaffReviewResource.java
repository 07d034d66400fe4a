package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.application.FaqService;
import org.minsheng.cases.application.ReviewService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Review of replies: the review queue, approving (审核通过) or sending back (退回修改), the answers
 * held back from the board for sensitive words, and turning an answered consultation into an FAQ
 * entry. Each step on a reply carries the case version the reviewer saw (optimistic locking: a
 * stale version gets 409).
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffReviewResource {

    @EJB
    ReviewService review;

    @EJB
    FaqService faq;

    @GET
    @Operation(summary = "Replies waiting for review")
    @APIResponse(responseCode = "200", description = "The queue")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("review-queue")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> reviewQueue() {
        return review.reviewQueue();
    }

    @POST
    @Operation(summary = "Approve a reply (审核通过)",
            description = "The reply becomes the answer for the case and every case merged into it.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "version")))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails approve(@PathParam("id") String id, Step step) {
        return review.approve(id, StaffRequests.version(step == null ? null : step.version()));
    }

    @POST
    @Operation(summary = "Send a reply back for changes (退回修改)")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = {"text", "version"},
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 500,
                    description = "What to change, at most 500 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/send-back")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails sendBack(@PathParam("id") String id, Step step) {
        Step s = StaffRequests.orEmpty(step);
        return review.sendBack(id, s.text(), StaffRequests.version(s.version()));
    }

    @GET
    @Operation(summary = "Answers held back from the board for sensitive words")
    @APIResponse(responseCode = "200", description = "The held answers")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.ADMIN})
    @Path("held")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public List<QueueItem> held() {
        return review.heldForReview();
    }

    @POST
    @Operation(summary = "Publish a held answer or keep it private")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.ADMIN})
    @Path("cases/{id}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails publication(@PathParam("id") String id, Publication publication) {
        Boolean publish = publication == null ? null : publication.publish();
        return review.decidePublication(id, StaffRequests.required(publish, "publish"));
    }

    @POST
    @Operation(summary = "Turn an answered consultation into an FAQ entry",
            description = "Personal data in the question and the answer is masked.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = FaqEntry.class)))
    @APIResponse(responseCode = "201", description = "The new entry",
            content = @Content(schema = @Schema(implementation = org.minsheng.cases.api.FaqView.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
            description = "The case is already an FAQ entry")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "Not an answered consultation, or a part too long")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/faq")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faq(@PathParam("id") String id, FaqEntry entry) {
        FaqEntry e = entry == null ? new FaqEntry(null, null) : entry;
        return Response.status(201).entity(faq.publish(id, e.question(), e.answer())).build();
    }
}

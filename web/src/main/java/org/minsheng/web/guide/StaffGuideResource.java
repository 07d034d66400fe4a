package org.minsheng.web.guide;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.guide.api.GuideDraft;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.application.GuideEditing;
import org.minsheng.guide.application.GuideQueries;
import org.minsheng.guide.application.GuideReview;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;

/** Service guides over REST: drafts, revisions, submission, publication, rejection and withdrawal. */
@Path("/api/staff/guides")
@Tag(name = OpenApiConventions.GUIDE)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffGuideResource {

    @Schema(name = "GuideForm", description = "A service guide; materials and steps one item per line",
            requiredProperties = {"departmentCode", "title", "summary", "eligibility", "materials", "steps",
                    "timeLimit", "fees", "placeAndHours", "legalBasis"},
            properties = {
                    @SchemaProperty(name = "departmentCode", description = "The department (GET /api/departments)"),
                    @SchemaProperty(name = "title", maxLength = 100),
                    @SchemaProperty(name = "summary", maxLength = 2000),
                    @SchemaProperty(name = "eligibility", maxLength = 2000),
                    @SchemaProperty(name = "materials", maxLength = 4000),
                    @SchemaProperty(name = "steps", maxLength = 4000),
                    @SchemaProperty(name = "timeLimit", maxLength = 200),
                    @SchemaProperty(name = "fees", maxLength = 200),
                    @SchemaProperty(name = "placeAndHours", maxLength = 1000),
                    @SchemaProperty(name = "legalBasis", maxLength = 2000),
                    @SchemaProperty(name = "faq", maxLength = 4000),
                    @SchemaProperty(name = "lifeEvents", description = "BIRTH, SCHOOL, JOB, HOUSING, MARRIAGE, MEDICAL,"
                            + " RETIREMENT, BUSINESS, TRAVEL"),
                    @SchemaProperty(name = "forms", maxItems = 10, description = "label and url (a path or https)")})
    public record GuideForm(String departmentCode, String title, String summary, String eligibility, String materials,
                            String steps, String timeLimit, String fees, String placeAndHours, String legalBasis,
                            String faq, List<String> lifeEvents, List<GuideView.FormView> forms) {

        GuideDraft draft() {
            return new GuideDraft(departmentCode, title, summary, eligibility, materials, steps, timeLimit, fees,
                    placeAndHours, legalBasis, faq, lifeEvents, forms);
        }
    }

    @Schema(name = "GuideComment", description = "A review comment; required to send back or withdraw",
            requiredProperties = "comment", properties = @SchemaProperty(name = "comment", maxLength = 1000))
    public record Comment(String comment) {
    }

    @EJB
    GuideEditing editing;

    @EJB
    GuideReview review;

    @EJB
    GuideQueries queries;

    @GET
    @Operation(summary = "The guides of the caller's department (all for the administrator)")
    @APIResponse(responseCode = "200", description = "Guides")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<GuideView> desk() {
        return queries.desk();
    }

    @POST
    @Operation(summary = "Draft a guide")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = GuideView.class)))
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(GuideForm form) {
        GuideView created = editing.create(form == null ? null : form.draft());
        return Response.created(URI.create("/api/staff/guides/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A guide as its department's staff see it")
    @APIResponse(responseCode = "200", description = "The guide")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public GuideView guide(@PathParam("id") long id) {
        return queries.staffGuide(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a draft or withdrawn guide", description = "version: the guide's version as read")
    @APIResponse(responseCode = "200", description = "Revised")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public GuideView revise(@PathParam("id") long id, @QueryParam("version") Long version, GuideForm form) {
        if (version == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "请提供读取时的版本号", "Give the version you read")));
        }
        return editing.revise(id, version, form == null ? null : form.draft());
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit for review")
    @APIResponse(responseCode = "200", description = "In review")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public GuideView submit(@PathParam("id") long id) {
        return editing.submit(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Publish (the department's approver)")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false,
            content = @Content(schema = @Schema(implementation = Comment.class)))
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public GuideView approve(@PathParam("id") long id, Comment comment) {
        return review.approve(id, comment == null ? null : comment.comment());
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Send back with a comment")
    @APIResponse(responseCode = "200", description = "Back in draft")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public GuideView reject(@PathParam("id") long id, Comment comment) {
        return review.reject(id, comment == null ? null : comment.comment());
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Take a published guide off the site")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public GuideView withdraw(@PathParam("id") long id, Comment comment) {
        return review.withdraw(id, comment == null ? null : comment.comment());
    }
}

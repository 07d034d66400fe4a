package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.application.ReplyQualityReview;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ReplyQualityReport;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The reply-quality check (答复质量) of a reply being drafted or under review; advice only. Rooted at
 * {@code /api/staff} like the other case resources: a longer root would hide their {@code cases/{id}}.
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplyQualityResource {

    /** The reply to check; without it, the draft under review is checked. */
    @Schema(name = "ReplyText", properties = @SchemaProperty(name = "reply", maxLength = 4000,
            description = "The reply to check; omitted: the draft under review"))
    public record ReplyText(String reply) {
    }

    @EJB
    ReplyQualityReview review;

    @POST
    @Operation(summary = "Check a reply's quality (答复质量)", description = "Score 0–100 and findings: does the"
            + " reply take up the message (keywords, places, the kind of question), is it boilerplate, does it name an"
            + " action, a unit and a time, does it expose personal data or sensitive words, is it far shorter than"
            + " answers to similar cases. Changes nothing; the reviewer decides.")
    @APIResponse(responseCode = "200", description = "The score and findings")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "No reply given and no draft under review, or too long")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN,
            Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    @Path("cases/{id}/reply-quality")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = ReplyText.class)))
    public ReplyQualityReport check(@PathParam("id") String id, ReplyText body) {
        return review.check(id, body == null ? null : body.reply());
    }
}

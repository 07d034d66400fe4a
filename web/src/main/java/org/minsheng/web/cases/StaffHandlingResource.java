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
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.HandlingService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The departments' part of the staff API: taking up (签收) or returning (退单) a case, handling
 * steps, asking the resident for material or the head for more time, co-handling opinions and the
 * reply. Each step that changes the case carries the version the handler saw (optimistic locking:
 * a stale version gets 409).
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffHandlingResource {

    @EJB
    HandlingService handling;

    @POST
    @Operation(summary = "Take up a dispatched case (签收)")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "version")))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/sign")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails sign(@PathParam("id") String id, Step step) {
        return handling.sign(id, StaffRequests.version(step == null ? null : step.version()));
    }

    @POST
    @Operation(summary = "Return a case to the dispatchers (退单)",
            description = "The case is not this department's; text says why.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = {"text", "version"},
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 500,
                    description = "Why the case is returned, at most 500 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.HANDLER)
    @Path("cases/{id}/return")
    @RolesAllowed(Roles.HANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails returnCase(@PathParam("id") String id, Step step) {
        Step s = StaffRequests.orEmpty(step);
        return handling.returnCase(id, s.text(), StaffRequests.version(s.version()));
    }

    @POST
    @Operation(summary = "Record a handling step (核实/整改/记录)",
            description = "Optionally with a progress label.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/progress")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails progress(@PathParam("id") String id, Progress progress) {
        Progress p = progress == null ? new Progress(null, null, null, null) : progress;
        return handling.record(id, p.kind(), p.note(), p.subStatus(), StaffRequests.version(p.version()));
    }

    @POST
    @Operation(summary = "Ask the resident for material (补充材料)",
            description = "The time limit stops until the material arrives.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = {"text", "version"},
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 500,
                    description = "The material needed, at most 500 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/supplement-request")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails requestSupplement(@PathParam("id") String id, Step step) {
        Step s = StaffRequests.orEmpty(step);
        return handling.requestSupplement(id, s.text(), StaffRequests.version(s.version()));
    }

    @POST
    @Operation(summary = "Ask the department head for more time (申请延期)")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/extension")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails requestExtension(@PathParam("id") String id, ExtensionRequest request) {
        ExtensionRequest r = request == null ? new ExtensionRequest(null, null, null) : request;
        return handling.requestExtension(id, r.days(), r.reason(), StaffRequests.version(r.version()));
    }

    @POST
    @Operation(summary = "Give a co-handling department's opinion (协办意见)")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "text",
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 2000,
                    description = "The opinion, at most 2,000 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.HANDLER)
    @Path("cases/{id}/opinion")
    @RolesAllowed(Roles.HANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails opinion(@PathParam("id") String id, Step step) {
        return handling.giveOpinion(id, StaffRequests.orEmpty(step).text());
    }

    @POST
    @Operation(summary = "Reply to the resident",
            description = "The reply goes to review (IN_REVIEW); report-mailbox replies, and all replies where review"
                    + " is switched off, are final at once.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("cases/{id}/answer")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails answer(@PathParam("id") String id, CaseAnswer answer) {
        CaseAnswer a = answer == null ? new CaseAnswer(null, null, null) : answer;
        return handling.answer(id, a.reply(), Boolean.TRUE.equals(a.publish()), StaffRequests.version(a.version()));
    }
}

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
import org.minsheng.cases.api.SupervisionOverview;
import org.minsheng.cases.application.ExtensionService;
import org.minsheng.cases.application.LeaderService;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * What department heads and leaders decide over the handling: extension requests, leaders'
 * instructions (领导批示) and the supervision overview of open cases by warning level. A decision
 * on an extension carries the case version the head saw (optimistic locking: a stale version gets
 * 409).
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffOversightResource {

    @EJB
    ExtensionService extensions;

    @EJB
    LeaderService leaders;

    @EJB
    SupervisionService supervision;

    @GET
    @Operation(summary = "Pending extension requests",
            description = "A department head sees their department's, an administrator all.")
    @APIResponse(responseCode = "200", description = "The requests")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("extensions")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<QueueItem> extensions() {
        return extensions.extensionRequests();
    }

    @POST
    @Operation(summary = "Grant or refuse an extension request",
            description = "A department head decides their own department's requests.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @Path("cases/{id}/extension-decision")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails decideExtension(@PathParam("id") String id, ExtensionDecision decision) {
        ExtensionDecision d = decision == null ? new ExtensionDecision(null, null) : decision;
        return extensions.decideExtension(id, StaffRequests.required(d.grant(), "grant"),
                StaffRequests.version(d.version()));
    }

    @POST
    @Operation(summary = "Give a leader's instruction on a case (领导批示)")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "text",
            properties = @SchemaProperty(name = "text", minLength = 1, maxLength = 1000,
                    description = "The instruction, at most 1,000 characters"))))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.LEADER)
    @Path("cases/{id}/instruction")
    @RolesAllowed(Roles.LEADER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails instruct(@PathParam("id") String id, Step step) {
        return leaders.instruct(id, step == null ? null : step.text());
    }

    @GET
    @Operation(summary = "Supervision overview",
            description = "Open cases per department by warning level, and the cases at risk.")
    @APIResponse(responseCode = "200", description = "The overview")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.LEADER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.ADMIN})
    @Path("supervision")
    @RolesAllowed({Roles.LEADER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.ADMIN})
    public SupervisionOverview supervision() {
        return supervision.overview();
    }
}

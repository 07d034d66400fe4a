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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.application.DispatchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The platform dispatchers' part of the staff API: their queue, and accepting (受理), refusing
 * (不予受理), dispatching (分办/改派) and merging (并单) cases. Each step carries the case version
 * the dispatcher saw (optimistic locking: a stale version gets 409).
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffDispatchResource {

    @EJB
    DispatchService dispatching;

    @GET
    @Operation(summary = "Cases waiting for the dispatchers",
            description = "Registered, accepted and returned cases, urgent first.")
    @APIResponse(responseCode = "200", description = "The queue")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("dispatch-queue")
    @RolesAllowed(Roles.DISPATCHER)
    public List<QueueItem> dispatchQueue() {
        return dispatching.dispatchQueue();
    }

    @POST
    @Operation(summary = "Accept a case (受理)")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(allOf = Step.class, requiredProperties = "version")))
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/accept")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails accept(@PathParam("id") String id, Step step) {
        return dispatching.accept(id, StaffRequests.version(step == null ? null : step.version()));
    }

    @POST
    @Operation(summary = "Refuse a case (不予受理)",
            description = "The resident is told the reason and the note.")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/refuse")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails refuse(@PathParam("id") String id, Refusal refusal) {
        Refusal r = refusal == null ? new Refusal(null, null, null) : refusal;
        return dispatching.refuse(id, r.reason(), r.note(), StaffRequests.version(r.version()));
    }

    @POST
    @Operation(summary = "Dispatch or re-dispatch a case (分办/改派)")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/dispatch")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails dispatch(@PathParam("id") String id, Dispatch dispatch) {
        Dispatch d = dispatch == null ? new Dispatch(null, null, null, null, null) : dispatch;
        return dispatching.dispatch(id, d.departmentCode(), d.category(), d.coHandlers(), d.copies(),
                StaffRequests.version(d.version()));
    }

    @POST
    @Operation(summary = "Merge a case into a master case (并单)")
    @APIResponse(responseCode = "200", description = "The case after the step")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case or master case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DISPATCHER)
    @Path("cases/{id}/merge")
    @RolesAllowed(Roles.DISPATCHER)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails merge(@PathParam("id") String id, CaseMerge merge) {
        CaseMerge m = merge == null ? new CaseMerge(null, null) : merge;
        return dispatching.merge(id, m.masterTrackingNumber(), StaffRequests.version(m.version()));
    }
}

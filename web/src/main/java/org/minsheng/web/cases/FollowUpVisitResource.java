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
import org.minsheng.cases.api.FollowUpVisitView;
import org.minsheng.cases.application.FollowUpVisitService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/** Follow-up visits (回访): the rating taken by phone or in person when the resident did not rate online. */
@Path("/api/staff/cases/{id}/follow-up-visits")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpVisitResource {

    @EJB
    FollowUpVisitService visits;

    @POST
    @Operation(summary = "Record a follow-up visit (回访)",
            description = "Counts like the resident's online rating: 1 or 2 (不满意) reopen the case for redo, 3 to 5"
                    + " close it. Only an answered case the resident has not rated; the lead department's staff"
                    + " visit its own cases, dispatchers and reviewers any.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FollowUpVisit.class)))
    @APIResponse(responseCode = "200", description = "The case after the rating")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Not the lead department")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Not answered, already rated,"
            + " or changed meanwhile")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN,
            Roles.DISPATCHER, Roles.REVIEWER})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseDetails record(@PathParam("id") String id, FollowUpVisit visit) {
        FollowUpVisit v = visit == null ? new FollowUpVisit(null, null, null, null) : visit;
        return visits.record(id, v.method(), v.score(), v.comment(), StaffRequests.version(v.version()));
    }

    @GET
    @Operation(summary = "The follow-up visits of a case")
    @APIResponse(responseCode = "200", description = "The visits, oldest first")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN,
            Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.ADMIN})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.ADMIN})
    public List<FollowUpVisitView> list(@PathParam("id") String id) {
        return visits.visitsOf(id);
    }
}

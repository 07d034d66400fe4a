package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.api.SubStatusView;
import org.minsheng.cases.api.Workbench;
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.cases.application.WorkbenchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * What staff read of the case workflow: the handler's workbench, the department's open cases, a
 * case with its timeline, and the progress labels. The steps that change a case are in
 * {@link StaffDispatchResource}, {@link StaffHandlingResource}, {@link StaffReviewResource} and
 * {@link StaffOversightResource}, at the same path.
 */
@Path("/api/staff")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffCaseResource {

    @EJB
    WorkbenchService workbench;

    @EJB
    SubStatusService labels;

    @GET
    @Operation(summary = "The handler's workbench",
            description = "The count of every queue and the chosen queue's cases.")
    @Parameter(name = "queue", description = "The queue to list; another value lists TO_SIGN",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"TO_SIGN", "HANDLING", "DUE_SOON", "OVERDUE",
                    "SENT_BACK", "IN_REVIEW", "CO_HANDLING"}, defaultValue = "TO_SIGN"))
    @APIResponse(responseCode = "200", description = "The workbench")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    @Path("workbench")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISCIPLINE})
    public Workbench workbench(@QueryParam("queue") String queue) {
        return workbench.workbench(queue);
    }

    @GET
    @Operation(summary = "The department's open cases")
    @APIResponse(responseCode = "200", description = "The queue")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DISCIPLINE})
    @Path("queue")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public List<QueueItem> queue() {
        return workbench.myQueue();
    }

    @GET
    @Operation(summary = "A case as staff see it",
            description = "With its timeline, co-handling opinions, due date and warning; report-mailbox cases only for"
                    + " the discipline role, each view audited.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER,
                    Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    @Path("cases/{id}")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public CaseDetails get(@PathParam("id") String id) {
        return workbench.forStaff(id);
    }

    @GET
    @Operation(summary = "The progress labels handlers can set")
    @APIResponse(responseCode = "200", description = "The labels")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER,
                    Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    @Path("sub-statuses")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<SubStatusView> subStatuses() {
        return labels.subStatuses();
    }
}

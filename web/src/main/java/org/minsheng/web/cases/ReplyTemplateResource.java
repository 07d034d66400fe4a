package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.ReplyTemplateDraft;
import org.minsheng.cases.api.ReplyTemplateView;
import org.minsheng.cases.application.ReplyTemplateService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Reply templates (答复模板): handlers read the shared ones and their department's; a department
 * head edits the department's, the administrator the shared ones. Edits carry the version seen.
 */
@Path("/api/staff/reply-templates")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplyTemplateResource {

    @EJB
    ReplyTemplateService templates;

    @GET
    @Operation(summary = "Reply templates offered to the caller (shared, then the department's)")
    @APIResponse(responseCode = "200", description = "The templates")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN,
            Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.REVIEWER, Roles.DISCIPLINE, Roles.ADMIN})
    public List<ReplyTemplateView> offered() {
        return templates.offered();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reply template", description = "A department head's is the department's; the"
            + " administrator's is shared by every department.")
    @APIResponse(responseCode = "201", description = "The template")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response create(ReplyTemplateDraft draft) {
        ReplyTemplateView created = templates.create(draft);
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a reply template")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Another department's or a shared one")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such template")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public ReplyTemplateView update(@PathParam("id") long id, ReplyTemplateDraft draft) {
        return templates.update(id, draft);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a reply template")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Another department's or a shared one")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such template")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        templates.delete(id, version);
        return Response.noContent().build();
    }
}

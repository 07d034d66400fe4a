package org.minsheng.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.intake.api.Attachments;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.Uploads;

/**
 * Files of a case for the staff who may see it (handlers: their department's cases; report-mailbox
 * cases: the discipline role). Every download is audited by the service.
 */
@Path("/api/staff/cases/{caseId}/attachments")
@Tag(name = OpenApiConventions.INTAKE)
@SecurityRequirement(name = OpenApiConventions.SESSION,
        scopes = {Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.ADMIN, Roles.DISCIPLINE})
@APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such case or file")
@RequestScoped
@RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.ADMIN, Roles.DISCIPLINE})
public class StaffAttachmentResource {

    @EJB
    Attachments attachments;

    @POST
    @Operation(summary = "Add a file to a case",
            description = "As for residents: JPEG, PNG or PDF by content, metadata removed, at most 5 files a case.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "One file: JPEG, PNG or PDF, at most the attachment limit (5 MiB by"
                                    + " default)"))))
    @APIResponse(responseCode = "201", description = "Stored; Location is the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentInfo.class)))
    @APIResponse(responseCode = "200", description = "The case already had exactly this file: the stored one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentInfo.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The case is closed")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "No file or several, or the case has its 5 files already")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("caseId") String caseId, List<EntityPart> parts) throws IOException {
        Uploads.UploadedFile file = Uploads.file(parts, attachments.maxFileBytes());
        return AttachmentResource.created(attachments.attachByStaff(caseId, file.fileName(), file.declaredType(),
                file.content()), "/api/staff/cases/" + caseId + "/attachments/");
    }

    @GET
    @Operation(summary = "The files of a case")
    @APIResponse(responseCode = "200", description = "The files")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentInfo> list(@PathParam("caseId") String caseId) {
        return attachments.listForStaff(caseId);
    }

    @GET
    @Operation(summary = "Download a file of a case", description = "Every download is audited.")
    @APIResponse(responseCode = "200", description = "The stored bytes",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Path("{id}")
    public Response download(@PathParam("caseId") String caseId, @PathParam("id") String id) {
        return Uploads.download(attachments.downloadForStaff(caseId, id));
    }
}

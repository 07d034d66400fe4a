package org.minsheng.web.intake;

import org.minsheng.identity.api.Roles;
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
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.intake.api.Attachments;
import org.minsheng.web.platform.Uploads;

/**
 * Files of a case for the staff who may see it (handlers: their department's cases; report-mailbox
 * cases: the discipline role). Every download is audited by the service.
 */
@Path("/api/staff/cases/{caseId}/attachments")
@RequestScoped
@RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.ADMIN, Roles.DISCIPLINE})
public class StaffAttachmentResource {

    @EJB
    Attachments attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("caseId") String caseId, List<EntityPart> parts) throws IOException {
        Uploads.UploadedFile file = Uploads.file(parts, attachments.maxFileBytes());
        return AttachmentResource.created(attachments.attachByStaff(caseId, file.fileName(), file.declaredType(),
                file.content()), "/api/staff/cases/" + caseId + "/attachments/");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentInfo> list(@PathParam("caseId") String caseId) {
        return attachments.listForStaff(caseId);
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("caseId") String caseId, @PathParam("id") String id) {
        return Uploads.download(attachments.downloadForStaff(caseId, id));
    }
}

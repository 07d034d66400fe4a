package org.minsheng.web.intake;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.intake.api.AttachmentUpload;
import org.minsheng.intake.api.Attachments;
import org.minsheng.web.platform.Uploads;

/**
 * A resident's files on their case (补充材料), proven by tracking number and query code. Upload is
 * a multipart form with the fields {@code queryCode} and {@code file}; a wrong code is the same 404
 * as an unknown number.
 */
@Path("/api/cases/{trackingNumber}/attachments")
@RequestScoped
public class AttachmentResource {

    @EJB
    Attachments attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("trackingNumber") String trackingNumber, List<EntityPart> parts)
            throws IOException {
        String queryCode = Uploads.text(parts, Uploads.QUERY_CODE_FIELD);
        Uploads.UploadedFile file = Uploads.file(parts, attachments.maxFileBytes());
        AttachmentUpload upload = attachments.attachByResident(trackingNumber, queryCode, file.fileName(),
                file.declaredType(), file.content());
        return created(upload, "/api/cases/" + trackingNumber + "/attachments/");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentInfo> list(@PathParam("trackingNumber") String trackingNumber,
                                     @QueryParam("code") String queryCode) {
        return attachments.listForResident(trackingNumber, queryCode);
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("trackingNumber") String trackingNumber, @PathParam("id") String id,
                             @QueryParam("code") String queryCode) {
        return Uploads.download(attachments.downloadForResident(trackingNumber, queryCode, id));
    }

    /** 201 for a new file; 200 with the stored one when the case already had exactly this file. */
    static Response created(AttachmentUpload upload, String collectionPath) {
        if (upload.alreadyAttached()) {
            return Response.ok(upload.attachment(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.created(URI.create(collectionPath + upload.attachment().id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(upload.attachment()).build();
    }
}

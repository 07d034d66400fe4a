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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.intake.api.AttachmentUpload;
import org.minsheng.intake.api.Attachments;
import org.minsheng.web.platform.Idempotent;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.Uploads;

/**
 * A resident's files on their case (补充材料), proven by tracking number and query code. Upload is
 * a multipart form with the fields {@code queryCode} and {@code file}; a wrong code is the same 404
 * as an unknown number.
 */
@Path("/api/cases/{trackingNumber}/attachments")
@Tag(name = OpenApiConventions.INTAKE)
@APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
        description = "Unknown tracking number, wrong query code or locked look-ups, all answered alike")
@RequestScoped
public class AttachmentResource {

    @EJB
    Attachments attachments;

    @POST
    @Operation(summary = "Add a file to one's case (补充材料)",
            description = "A JPEG, PNG or PDF, recognised by its content; metadata such as GPS positions is removed."
                    + " A case takes at most 5 files; a closed case takes none.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"queryCode", "file"},
                    properties = {
                            @SchemaProperty(name = "queryCode", type = SchemaType.STRING, pattern = "^\\d{6}$",
                                    description = "The case's query code"),
                            @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                                    description = "One file: JPEG, PNG or PDF, at most the attachment limit (5 MiB by"
                                            + " default)")})))
    @APIResponse(responseCode = "201", description = "Stored; Location is the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentInfo.class)))
    @APIResponse(responseCode = "200", description = "The case already had exactly this file: the stored one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentInfo.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The case is closed")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "No file or several, or the case has its 5 files already")
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
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
    @Operation(summary = "The files of one's case")
    @Parameter(name = "code", required = true, description = "The case's query code",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{6}$"))
    @APIResponse(responseCode = "200", description = "The files")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentInfo> list(@PathParam("trackingNumber") String trackingNumber,
                                     @QueryParam("code") String queryCode) {
        return attachments.listForResident(trackingNumber, queryCode);
    }

    @GET
    @Operation(summary = "Download a file of one's case",
            description = "Sent as an attachment with X-Content-Type-Options: nosniff and Content-Security-Policy:"
                    + " sandbox.")
    @Parameter(name = "code", required = true, description = "The case's query code",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{6}$"))
    @APIResponse(responseCode = "200", description = "The stored bytes",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
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

package org.minsheng.web.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.disclosure.api.DocumentAttachmentView;
import org.minsheng.disclosure.api.DocumentDraft;
import org.minsheng.disclosure.api.DocumentView;
import org.minsheng.disclosure.api.StaffOverview;
import org.minsheng.disclosure.application.DisclosureBodies;
import org.minsheng.disclosure.application.DisclosureDrafting;
import org.minsheng.disclosure.application.DisclosureReview;
import org.minsheng.disclosure.application.DisclosureWorkbench;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.Uploads;

/**
 * The disclosure workflow under {@code /api/staff/disclosure}: editors draft, attach and submit;
 * approvers of the body sign off or send back; the administrator configures bodies. Every step
 * carries the version of the document it was decided on.
 */
@Path("/api/staff/disclosure")
@RequestScoped
@Tag(name = OpenApiConventions.DISCLOSURE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffDisclosureResource {

    @Schema(name = "DocumentStep", description = "A workflow step on the version of the document seen",
            requiredProperties = "version",
            properties = {
                    @SchemaProperty(name = "version", description = "The document's version as read"),
                    @SchemaProperty(name = "comment", maxLength = 500, description = "Why it is sent back (reject only)")})
    public record Step(Long version, String comment) {
    }

    @Schema(name = "ValidityChange", description = "A published document's new validity",
            requiredProperties = {"version", "validity"},
            properties = {
                    @SchemaProperty(name = "version", description = "The document's version as read"),
                    @SchemaProperty(name = "validity", enumeration = {"VALID", "AMENDED", "REPEALED", "EXPIRED"},
                            description = "有效, 已修改, 已废止 or 已失效"),
                    @SchemaProperty(name = "replacedById", description = "The published document that replaces it;"
                            + " required when amended or repealed")})
    public record ValidityChange(Long version, String validity, Long replacedById) {
    }

    @Schema(name = "BodySettings", description = "A body's disclosure settings",
            requiredProperties = {"organisationCode", "publisherZh", "publisherEn", "reviewLevels"},
            properties = {
                    @SchemaProperty(name = "organisationCode", pattern = "[0-9A-Z]{6,18}",
                            description = "The first part of its catalogue numbers"),
                    @SchemaProperty(name = "publisherZh", maxLength = 100, description = "发布机构"),
                    @SchemaProperty(name = "publisherEn", maxLength = 200, description = "The publisher in English"),
                    @SchemaProperty(name = "reviewLevels", minimum = "1", maximum = "5",
                            description = "Approvals a document needs")})
    public record BodySettings(String organisationCode, String publisherZh, String publisherEn, Integer reviewLevels) {
    }

    @Schema(name = "CreatedDocument", description = "The new draft's id")
    public record Created(long id) {
    }

    @EJB
    DisclosureWorkbench workbench;

    @EJB
    DisclosureDrafting drafting;

    @EJB
    DisclosureReview review;

    @EJB
    DisclosureBodies bodies;

    @GET
    @Operation(summary = "The staff overview",
            description = "Documents of the caller's body not yet published, those past the 20 working days first,"
                    + " and the latest published ones.")
    @APIResponse(responseCode = "200", description = "The overview")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public StaffOverview overview() {
        return workbench.overview();
    }

    @GET
    @Path("documents/{id}")
    @Operation(summary = "A document of the caller's body, in any status")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @SecurityRequirement(name = OpenApiConventions.SESSION,
            scopes = {Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public DocumentView document(@PathParam("id") long id) {
        return workbench.document(id);
    }

    @POST
    @Path("documents")
    @Operation(summary = "Draft a document",
            description = "Due 20 working days after the day the information was made or changed (madeOn, the date"
                    + " written when empty).")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public Response create(DocumentDraft draft) {
        return Response.status(201).entity(new Created(drafting.create(present(draft)))).build();
    }

    @PUT
    @Path("documents/{id}")
    @Operation(summary = "Edit a draft", description = "Only drafts (also after a rejection) can be edited.")
    @APIResponse(responseCode = "200", description = "The document as edited")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public DocumentView edit(@PathParam("id") long id, @QueryParam("version") Long version, DocumentDraft draft) {
        drafting.edit(id, version(version), present(draft));
        return workbench.document(id);
    }

    @POST
    @Path("documents/{id}/submit")
    @Operation(summary = "Submit a draft for review")
    @APIResponse(responseCode = "200", description = "The document, in review")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public DocumentView submit(@PathParam("id") long id, Step step) {
        drafting.submit(id, version(step == null ? null : step.version()));
        return workbench.document(id);
    }

    @POST
    @Path("documents/{id}/approve")
    @Operation(summary = "Sign off one review level",
            description = "After the last level the document is published at once, or at its scheduled time.")
    @APIResponse(responseCode = "200", description = "The document after the sign-off")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.APPROVER)
    @RolesAllowed(Roles.APPROVER)
    public DocumentView approve(@PathParam("id") long id, Step step) {
        review.approve(id, version(step == null ? null : step.version()));
        return workbench.document(id);
    }

    @POST
    @Path("documents/{id}/reject")
    @Operation(summary = "Send a document back to the editor with a comment")
    @APIResponse(responseCode = "200", description = "The document, a draft again")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.APPROVER)
    @RolesAllowed(Roles.APPROVER)
    public DocumentView reject(@PathParam("id") long id, Step step) {
        review.reject(id, version(step == null ? null : step.version()), step == null ? null : step.comment());
        return workbench.document(id);
    }

    @POST
    @Path("documents/{id}/validity")
    @Operation(summary = "Change a published document's validity",
            description = "Amended and repealed documents name the published document that replaces them; their"
                    + " page says so at the top.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public DocumentView validity(@PathParam("id") long id, ValidityChange change) {
        drafting.changeValidity(id, version(change == null ? null : change.version()),
                change == null ? null : change.validity(), change == null ? null : change.replacedById());
        return workbench.document(id);
    }

    @POST
    @Path("documents/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to a draft",
            description = "A multipart form with the field file: PDF, OFD, JPEG or PNG, checked by content (a name or"
                    + " type that contradicts the content is refused), at most 20 MB.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such document")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "413", ref = OpenApiConventions.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = OpenApiConventions.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "One file: PDF, OFD, JPEG or PNG, at most the attachment limit"))))
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        Uploads.UploadedFile file = Uploads.file(parts, drafting.maxAttachmentBytes());
        DocumentAttachmentView view = drafting.attach(id, file.fileName(), file.declaredType(), file.content());
        return Response.status(201).entity(view).build();
    }

    @PUT
    @Path("bodies/{code}")
    @Operation(summary = "Configure a body's disclosure",
            description = "Its organisation code (the first part of its catalogue numbers), the publisher named on"
                    + " its documents and the review levels.")
    @APIResponse(responseCode = "204", description = "Configured")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public Response configure(@PathParam("code") String code, BodySettings settings) {
        if (settings == null) {
            throw new ValidationFailed(List.of(new FieldError("organisationCode", "请填写设置", "Send the settings")));
        }
        bodies.configure(code, settings.organisationCode(), settings.publisherZh(), settings.publisherEn(),
                settings.reviewLevels() == null ? 0 : settings.reviewLevels());
        return Response.noContent().build();
    }

    private static DocumentDraft present(DocumentDraft draft) {
        if (draft == null) {
            throw new ValidationFailed(List.of(new FieldError("title", "请填写文件", "Send the document")));
        }
        return draft;
    }

    private static long version(Long version) {
        if (version == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少文件版本", "The document's version is"
                    + " required")));
        }
        return version;
    }
}

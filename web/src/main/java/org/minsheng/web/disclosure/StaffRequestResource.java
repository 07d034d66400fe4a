package org.minsheng.web.disclosure;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.disclosure.api.RequestAnswer;
import org.minsheng.disclosure.api.RequestView;
import org.minsheng.disclosure.application.RequestHandling;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * A body's handling of applications under {@code /api/staff/disclosure/requests}: its editors ask
 * for completion, consult third parties and answer; its head approves the one extension.
 */
@Path("/api/staff/disclosure/requests")
@RequestScoped
@Tag(name = OpenApiConventions.DISCLOSURE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffRequestResource {

    private static final String NUMBER = "{number}";

    @Schema(name = "RequestStep", description = "A step on an application, on the version seen",
            requiredProperties = "version",
            properties = {
                    @SchemaProperty(name = "version", description = "The application's version as read"),
                    @SchemaProperty(name = "note", maxLength = 1000, description = "What to complete (completion)"),
                    @SchemaProperty(name = "party", maxLength = 200, description = "The third party consulted"),
                    @SchemaProperty(name = "days", minimum = "1", maximum = "20",
                            description = "Working days of the extension"),
                    @SchemaProperty(name = "reason", maxLength = 500, description = "Why the extension")})
    public record RequestStep(Long version, String note, String party, Integer days, String reason) {
    }

    @EJB
    RequestHandling handling;

    @GET
    @Operation(summary = "The body's applications, newest first")
    @APIResponse(responseCode = "200", description = "The applications with their clocks")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<RequestView> queue() {
        return handling.queue();
    }

    @GET
    @Path(NUMBER)
    @Operation(summary = "One application")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such application")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    public RequestView request(@PathParam("number") String number) {
        return handling.request(number);
    }

    @POST
    @Path(NUMBER + "/completion-request")
    @Operation(summary = "Ask once, within 7 working days of receipt, for the application to be completed")
    @APIResponse(responseCode = "200", description = "The application, awaiting completion")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such application")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public RequestView requestCompletion(@PathParam("number") String number, RequestStep step) {
        return handling.requestCompletion(number, version(step), step.note());
    }

    @POST
    @Path(NUMBER + "/consultation")
    @Operation(summary = "Consult a third party (15 working days); the clock stops")
    @APIResponse(responseCode = "200", description = "The application, consulting")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such application")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public RequestView consult(@PathParam("number") String number, RequestStep step) {
        return handling.startConsultation(number, version(step), step.party());
    }

    @POST
    @Path(NUMBER + "/consultation/end")
    @Operation(summary = "The third party answered; the clock runs again, the pause not counted")
    @APIResponse(responseCode = "200", description = "The application, in progress")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such application")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public RequestView endConsultation(@PathParam("number") String number, RequestStep step) {
        return handling.endConsultation(number, version(step));
    }

    @POST
    @Path(NUMBER + "/extension")
    @Operation(summary = "Extend the time limit once, by up to 20 working days (the body's head)")
    @APIResponse(responseCode = "200", description = "The application with its new due date")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such application")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.DEPT_ADMIN)
    @RolesAllowed(Roles.DEPT_ADMIN)
    public RequestView extend(@PathParam("number") String number, RequestStep step) {
        return handling.extend(number, version(step), step.days() == null ? 0 : step.days(), step.reason());
    }

    @POST
    @Path(NUMBER + "/answer")
    @Operation(summary = "Answer the application",
            description = "One of the statutory types; the applicant reads the answer letter with the query code.")
    @APIResponse(responseCode = "200", description = "The application, answered")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such application")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.EDITOR)
    @RolesAllowed(Roles.EDITOR)
    public RequestView answer(@PathParam("number") String number, RequestAnswer answer) {
        if (answer == null) {
            throw new ValidationFailed(List.of(new FieldError("type", "请选择答复类型", "Choose the kind of answer")));
        }
        return handling.answer(number, answer);
    }

    private static long version(RequestStep step) {
        if (step == null || step.version() == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少申请版本", "The version is required")));
        }
        return step.version();
    }
}

package org.minsheng.web.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.disclosure.api.RequestForm;
import org.minsheng.disclosure.api.RequestReceipt;
import org.minsheng.disclosure.api.RequestView;
import org.minsheng.disclosure.application.InformationRequests;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.NotFound;
import org.minsheng.web.platform.Idempotent;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Applications for government information under {@code /api/disclosure/requests}: anyone applies;
 * the applicant follows the application and reads the answer letter with its number and query
 * code (in the body, kept out of URLs); a signed-in resident lists their own.
 */
@Path("/api/disclosure/requests")
@RequestScoped
@Tag(name = OpenApiConventions.DISCLOSURE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Schema(name = "RequestLookup", description = "An application's number and query code",
            requiredProperties = {"number", "queryCode"},
            properties = {
                    @SchemaProperty(name = "number", description = "The application number, e.g. zjj-2026-00001"),
                    @SchemaProperty(name = "queryCode", pattern = "^\\d{6}$", description = "The 6-digit query code"),
                    @SchemaProperty(name = "supplement", maxLength = 2000,
                            description = "What completes the application (completion only)")})
    public record Lookup(String number, String queryCode, String supplement) {
    }

    @EJB
    InformationRequests requests;

    @POST
    @Operation(summary = "Apply for government information",
            description = "A person (name and resident ID number) or an organisation (name and unified social credit"
                    + " code) applies to a body; the answer is due in 20 working days. The fee is recorded: free up to"
                    + " 10 applications a month per applicant, then by the published bands.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = RequestReceipt.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    public Response apply(RequestForm form) {
        RequestReceipt receipt = requests.apply(form == null
                ? new RequestForm(null, null, null, null, null, null, null, null, null) : form);
        return Response.status(201).entity(receipt).build();
    }

    @POST
    @Path("lookup")
    @Operation(summary = "An application with its clock and answer, by number and query code")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "Unknown number or wrong query code, answered alike")
    public RequestView lookup(Lookup lookup) {
        Lookup l = present(lookup);
        return requests.lookup(l.number(), l.queryCode());
    }

    @POST
    @Path("completion")
    @Operation(summary = "Complete an application as asked", description = "The answer's clock starts again today.")
    @APIResponse(responseCode = "200", description = "The application, in progress again")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "Unknown number or wrong code")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public RequestView complete(Lookup lookup) {
        Lookup l = present(lookup);
        return requests.complete(l.number(), l.queryCode(), l.supplement());
    }

    @POST
    @Path("letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The answer letter (PDF)",
            description = "Stating the answer, its legal ground, the fee and the remedies (administrative"
                    + " reconsideration within 60 days, litigation within 6 months).")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "Unknown number, wrong code, or not answered yet")
    public Response letter(Lookup lookup) {
        Lookup l = present(lookup);
        return RequestLetters.pdf(l.number(), requests.letter(l.number(), l.queryCode()));
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in resident's applications")
    @APIResponse(responseCode = "200", description = "Newest first")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.RESIDENT)
    @RolesAllowed(Roles.RESIDENT)
    public List<RequestView> mine() {
        return requests.mine();
    }

    private static Lookup present(Lookup lookup) {
        if (lookup == null) {
            throw new NotFound("申请编号或查询码不正确", "Wrong application number or query code");
        }
        return lookup;
    }
}

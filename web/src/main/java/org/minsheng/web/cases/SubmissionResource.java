package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.Receipt;
import org.minsheng.intake.api.Submission;
import org.minsheng.intake.application.IntakeService;
import org.minsheng.web.platform.Idempotent;
import org.minsheng.web.platform.OpenApiConventions;

/** Residents' submissions through any channel: {@code POST /api/submissions}. */
@Path("/api/submissions")
@Tag(name = OpenApiConventions.INTAKE)
@RequestScoped
public class SubmissionResource {

    @EJB
    IntakeService intake;

    @POST
    @Operation(summary = "Submit a message through a channel",
            description = "Registers the message as a case and answers with its tracking number and 6-digit query"
                    + " code, which together give access to the case. Every invalid field is reported at once.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the case",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(Submission submission) {
        Receipt receipt = intake.submit(submission);
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }
}

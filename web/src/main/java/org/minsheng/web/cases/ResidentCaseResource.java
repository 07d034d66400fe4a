package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.ResidentCaseService;
import org.minsheng.web.platform.Idempotent;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * What a resident does with their case, proving it is theirs with the query code: rate the answer
 * (five levels; the two lowest reopen it), supply requested material, ask a follow-up question.
 * A wrong code gets the same 404 as an unknown number.
 */
@Path("/api/cases/{trackingNumber}")
@Tag(name = OpenApiConventions.CASES)
@APIResponse(responseCode = "200", description = "The case as its resident sees it")
@APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
        description = "Unknown tracking number, wrong query code or locked look-ups, all answered alike")
@APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
        description = "The case is not in a status that takes this step")
@APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ResidentCaseResource {

    @Schema(name = "Rating", description = "The resident's rating of the answer",
            requiredProperties = {"queryCode", "score"},
            properties = {
                    @SchemaProperty(name = "queryCode", pattern = "^\\d{6}$", description = "The case's query code",
                            example = "493817"),
                    @SchemaProperty(name = "score", minimum = "1", maximum = "5",
                            description = "5 very satisfied … 1 very dissatisfied; 1 and 2 reopen the case for redo"
                                    + " (at most the configured number of times), 3 to 5 close it", example = "4"),
                    @SchemaProperty(name = "comment", maxLength = 500, description = "Optional, at most 500 characters")})
    public record Rating(String queryCode, Integer score, String comment) {
    }

    @Schema(name = "ResidentText", description = "A resident's text on their case, with the query code",
            requiredProperties = {"queryCode", "text"},
            properties = {
                    @SchemaProperty(name = "queryCode", pattern = "^\\d{6}$", description = "The case's query code",
                            example = "493817"),
                    @SchemaProperty(name = "text", minLength = 1, maxLength = 2000,
                            description = "The supplement (at most 2,000 characters) or the follow-up question (at most"
                                    + " 1,000)")})
    public record Text(String queryCode, String text) {
    }

    @EJB
    ResidentCaseService cases;

    @POST
    @Operation(summary = "Rate the answer",
            description = "Closes the case, or reopens it for redo with a fresh time limit when the score is 1 or 2.")
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Path("rating")
    public CaseDetails rate(@PathParam("trackingNumber") String number, Rating rating) {
        Rating r = rating == null ? new Rating(null, null, null) : rating;
        return cases.rate(number, r.queryCode(), r.score(), r.comment()).orElseThrow(CaseLookupResource::notFound);
    }

    @POST
    @Operation(summary = "Supply the material the department asked for (补充材料)",
            description = "Only while the case awaits a supplement; the time limit runs again.")
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Path("supplement")
    public CaseDetails supplement(@PathParam("trackingNumber") String number, Text text) {
        Text t = text == null ? new Text(null, null) : text;
        return cases.supplement(number, t.queryCode(), t.text()).orElseThrow(CaseLookupResource::notFound);
    }

    @POST
    @Operation(summary = "Ask a follow-up question on the answer (追问)",
            description = "Only on an answered case; it goes back to its department with a fresh time limit.")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = Text.class,
            properties = @SchemaProperty(name = "text", maxLength = 1000,
                    description = "The follow-up question, at most 1,000 characters"))))
    @Idempotent
    @Parameter(name = OpenApiConventions.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = OpenApiConventions.IDEMPOTENCY_KEY_NOTE,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @Path("follow-up")
    public CaseDetails followUp(@PathParam("trackingNumber") String number, Text text) {
        Text t = text == null ? new Text(null, null) : text;
        return cases.followUp(number, t.queryCode(), t.text()).orElseThrow(CaseLookupResource::notFound);
    }
}

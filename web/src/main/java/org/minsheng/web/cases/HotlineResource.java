package org.minsheng.web.cases;

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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.HotlineCallInput;
import org.minsheng.cases.api.HotlineCallView;
import org.minsheng.cases.api.HotlineReceipt;
import org.minsheng.cases.api.HotlineSuggestions;
import org.minsheng.cases.application.HotlineService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/** The call-taker's API (12345 热线, 来信, 来访): suggestions while typing, entering a call, recent calls. */
@Path("/api/staff/hotline")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HotlineResource {

    @EJB
    HotlineService hotline;

    @POST
    @Path("suggestions")
    @Operation(summary = "Suggestions while typing a call",
            description = "The classifier's category and routes, open cases the call probably repeats (并单) and FAQ"
                    + " entries that may answer it on the spot. Nothing is stored.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HotlineText.class)))
    @APIResponse(responseCode = "200", description = "The suggestions",
            content = @Content(schema = @Schema(implementation = HotlineSuggestions.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.CALL_TAKER)
    @RolesAllowed(Roles.CALL_TAKER)
    @Consumes(MediaType.APPLICATION_JSON)
    public HotlineSuggestions suggest(HotlineText text) {
        return text == null ? hotline.suggest(null, null) : hotline.suggest(text.title(), text.body());
    }

    @POST
    @Path("calls")
    @Operation(summary = "Enter a call, letter or visit as a case",
            description = "Registered like a resident's message (analysed and dispatched by the same rules), merged"
                    + " into an open case with mergeWith (并单), or answered on the spot with answerOnTheSpot"
                    + " (直接答复, consultations only). The receipt goes to the caller's mobile by SMS when a gateway"
                    + " is configured (sentBySms); otherwise the call-taker reads it out.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HotlineCallInput.class)))
    @APIResponse(responseCode = "201", description = "Entered; Location is the staff case page",
            content = @Content(schema = @Schema(implementation = HotlineReceipt.class)))
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No open case to merge into")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.CALL_TAKER)
    @RolesAllowed(Roles.CALL_TAKER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response take(HotlineCallInput call) {
        HotlineReceipt receipt = hotline.take(call);
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }

    @GET
    @Path("calls")
    @Operation(summary = "My recent calls", description = "The 20 newest cases the signed-in call-taker entered.")
    @APIResponse(responseCode = "200", description = "The calls, newest first")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.CALL_TAKER)
    @RolesAllowed(Roles.CALL_TAKER)
    public List<HotlineCallView> recent() {
        return hotline.myRecentCalls();
    }
}

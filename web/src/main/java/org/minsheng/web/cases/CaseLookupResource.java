package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.CaseService;
import org.minsheng.shared.error.NotFound;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * A resident's look-up by tracking number and query code. POST keeps the code out of URLs and
 * logs; a wrong code and an unknown number get the same 404.
 */
@Path("/api/cases/lookup")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
public class CaseLookupResource {

    @Schema(name = "CaseLookup", description = "A tracking number with its query code",
            requiredProperties = {"trackingNumber", "queryCode"},
            properties = {
                    @SchemaProperty(name = "trackingNumber", pattern = "^MS\\d{8}-\\d{5,}$",
                            description = "The tracking number of the receipt", example = "MS20261104-00017"),
                    @SchemaProperty(name = "queryCode", pattern = "^\\d{6}$",
                            description = "The 6-digit query code of the receipt", example = "493817")})
    public record Lookup(String trackingNumber, String queryCode) {
    }

    @EJB
    CaseService cases;

    @POST
    @Operation(summary = "Look up a case with its tracking number and query code",
            description = "The case as its resident sees it: status, timeline and, once reviewed, the answer; no"
                    + " contact data. The code travels in the body to keep it out of URLs and logs. Ten wrong codes"
                    + " lock look-ups of the case for 15 minutes.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "Unknown tracking number, wrong query code or locked look-ups, all answered alike")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDetails lookup(Lookup lookup) {
        if (lookup == null) {
            throw notFound();
        }
        return cases.lookup(trim(lookup.trackingNumber()), trim(lookup.queryCode())).orElseThrow(CaseLookupResource::notFound);
    }

    static NotFound notFound() {
        return new NotFound("查询编号或查询码不正确", "Tracking number or query code is wrong");
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}

package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.FaqView;
import org.minsheng.cases.application.FaqService;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Frequently asked questions: {@code GET /api/faq?q=…} finds entries like a question before it is
 * asked ({@code POST /api/staff/cases/{id}/faq} in {@link StaffReviewResource} makes one).
 */
@Path("/api/faq")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FaqResource {

    @EJB
    FaqService faq;

    @GET
    @Operation(summary = "Frequently asked questions like a question",
            description = "The entries most like q, before asking it; without q, the newest entries.")
    @Parameter(name = "q", description = "The question as the resident would ask it")
    @Parameter(name = "limit", description = "At most this many entries: 1 to 20 with q, 1 to 50 without",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "5"))
    @APIResponse(responseCode = "200", description = "The entries, best match first")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "limit is not a whole number")
    public List<FaqView> similar(@QueryParam("q") String question, @QueryParam("limit") @DefaultValue("5") int limit) {
        return faq.similarTo(question, limit);
    }
}

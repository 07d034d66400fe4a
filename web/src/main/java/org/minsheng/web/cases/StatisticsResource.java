package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.MonthlyStatistics;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;

/** The published monthly figures: {@code GET /api/statistics/monthly?month=2026-11}. */
@Path("/api/statistics")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @EJB
    SupervisionService supervision;

    @GET
    @Operation(summary = "The published figures of a month",
            description = "Received and answered cases, on-time rate and satisfaction, in total and per department."
                    + " Published for finished months only.")
    @Parameter(name = "month", required = true, description = "A finished month, 2000 or later",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"), example = "2026-10")
    @APIResponse(responseCode = "200", description = "The month's figures")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "month is missing, not yyyy-MM, not finished yet or before 2000")
    @Path("monthly")
    public MonthlyStatistics monthly(@QueryParam("month") String month) {
        return supervision.monthly(parse(month));
    }

    static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(List.of(new FieldError("month", "月份格式应为 yyyy-MM", "month must be yyyy-MM")));
        }
    }
}

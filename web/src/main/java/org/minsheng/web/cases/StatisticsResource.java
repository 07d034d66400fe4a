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
import org.minsheng.cases.api.MonthlyStatistics;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/** The published monthly figures: {@code GET /api/statistics/monthly?month=2026-11}. */
@Path("/api/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @EJB
    SupervisionService supervision;

    @GET
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

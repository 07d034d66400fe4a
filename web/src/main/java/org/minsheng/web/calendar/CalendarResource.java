package org.minsheng.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.calendar.api.CalendarDayView;
import org.minsheng.calendar.api.DueDate;
import org.minsheng.calendar.application.CalendarService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/** Holidays and make-up working days for administrators; due dates for anyone. */
@Path("/api")
@Tag(name = OpenApiConventions.CALENDAR)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** The overrides of one year, in date order. */
    public record CalendarYear(int year, List<CalendarDayView> days) {
    }

    /** {@code {"kind": "HOLIDAY" | "WORKDAY", "name": "国庆节"}}. */
    @Schema(name = "DaySetting", description = "A holiday or a make-up working day",
            requiredProperties = {"kind", "name"},
            properties = {
                    @SchemaProperty(name = "kind", enumeration = {"HOLIDAY", "WORKDAY"},
                            description = "HOLIDAY, or WORKDAY for a make-up working day, which must be a Saturday or"
                                    + " Sunday"),
                    @SchemaProperty(name = "name", minLength = 1, maxLength = 40, description = "What the day is",
                            example = "国庆节")})
    public record DaySetting(String kind, String name) {
    }

    @Inject
    Clock clock;

    @EJB
    CalendarService calendar;

    /** {@code ?year=2026}; without it, the current year in the city. */
    @GET
    @Operation(summary = "A year's holidays and make-up working days")
    @Parameter(name = "year", description = "2000 to 2100; the current year in the city by default",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    @APIResponse(responseCode = "200", description = "The year's days, in date order")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "year is out of range")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @Path("admin/calendar")
    @RolesAllowed(Roles.ADMIN)
    public CalendarYear year(@QueryParam("year") String year) {
        String wanted = year == null || year.isBlank() ? String.valueOf(today().getYear()) : year.strip();
        List<CalendarDayView> days = calendar.overridesOf(wanted);
        return new CalendarYear(Integer.parseInt(wanted), days);
    }

    @PUT
    @Operation(summary = "Set a day as a holiday or a make-up working day", description = "Replaces the day's setting.")
    @Parameter(name = "day", description = "The date, yyyy-MM-dd, between 2000 and 2100", example = "2026-10-01")
    @APIResponse(responseCode = "200", description = "The day as set")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @Path("admin/calendar/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarDayView set(@PathParam("day") String day, DaySetting setting) {
        return setting == null ? calendar.set(day, null, null) : calendar.set(day, setting.kind(), setting.name());
    }

    @DELETE
    @Operation(summary = "Let a day follow the weekday rule again")
    @Parameter(name = "day", description = "The date, yyyy-MM-dd", example = "2026-10-01")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "The day has no setting")
    @APIResponse(responseCode = "406", ref = OpenApiConventions.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "day is not a date")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @Path("admin/calendar/{day}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("day") String day) {
        calendar.remove(day);
        return Response.noContent().build();
    }

    /** {@code ?from=2026-09-30&days=5}: the last day and the exclusive end; {@code from} defaults to today. */
    @GET
    @Operation(summary = "The due date of a limit in working days",
            description = "The last day of a limit of days working days counted from from, and its exclusive end"
                    + " (00:00 of the next day, Asia/Shanghai).")
    @Parameter(name = "from", description = "The first day, yyyy-MM-dd; today in the city by default",
            example = "2026-09-30")
    @Parameter(name = "days", required = true, description = "Working days, 0 to 366",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "366"), example = "5")
    @APIResponse(responseCode = "200", description = "The due date")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "from is not a date, or days is missing or out of range")
    @Path("calendar/working-days")
    public DueDate workingDays(@QueryParam("from") String from, @QueryParam("days") String days) {
        return calendar.dueDate(from == null || from.isBlank() ? today().toString() : from, days);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

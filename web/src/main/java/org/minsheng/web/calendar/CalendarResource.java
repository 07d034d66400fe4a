package org.minsheng.web.calendar;

import org.minsheng.identity.api.Roles;
import org.minsheng.shared.time.CityTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.time.LocalDate;
import java.util.List;
import org.minsheng.calendar.api.CalendarDayView;
import org.minsheng.calendar.api.DueDate;
import org.minsheng.calendar.application.CalendarService;

/** Holidays and make-up working days for administrators; due dates for anyone. */
@Path("/api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** The overrides of one year, in date order. */
    public record CalendarYear(int year, List<CalendarDayView> days) {
    }

    /** {@code {"kind": "HOLIDAY" | "WORKDAY", "name": "国庆节"}}. */
    public record DaySetting(String kind, String name) {
    }

    @EJB
    CalendarService calendar;

    /** {@code ?year=2026}; without it, the current year in the city. */
    @GET
    @Path("admin/calendar")
    @RolesAllowed(Roles.ADMIN)
    public CalendarYear year(@QueryParam("year") String year) {
        String wanted = year == null || year.isBlank() ? String.valueOf(today().getYear()) : year.strip();
        List<CalendarDayView> days = calendar.overridesOf(wanted);
        return new CalendarYear(Integer.parseInt(wanted), days);
    }

    @PUT
    @Path("admin/calendar/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarDayView set(@PathParam("day") String day, DaySetting setting) {
        return setting == null ? calendar.set(day, null, null) : calendar.set(day, setting.kind(), setting.name());
    }

    @DELETE
    @Path("admin/calendar/{day}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("day") String day) {
        calendar.remove(day);
        return Response.noContent().build();
    }

    /** {@code ?from=2026-09-30&days=5}: the last day and the exclusive end; {@code from} defaults to today. */
    @GET
    @Path("calendar/working-days")
    public DueDate workingDays(@QueryParam("from") String from, @QueryParam("days") String days) {
        return calendar.dueDate(from == null || from.isBlank() ? today().toString() : from, days);
    }

    private static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }
}

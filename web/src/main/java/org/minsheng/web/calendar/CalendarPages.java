package org.minsheng.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.calendar.api.CalendarDayView;
import org.minsheng.calendar.application.CalendarService;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The administrators' calendar page: a year month by month with holidays and make-up working days
 * marked, and one form (no JavaScript needed) to set or remove a day.
 */
@Path("/staff/admin/calendar")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CalendarPages {

    /** What was typed into the form, shown again when it is refused. */
    public record DayForm(String day, String kind, String name) {

        static final DayForm EMPTY = new DayForm("", "HOLIDAY", "");
    }

    @Inject
    Clock clock;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    CalendarService calendar;

    @Context
    HttpServletRequest request;

    @GET
    public Response page(@QueryParam("year") String year) {
        return page(200, yearOrThisYear(year), DayForm.EMPTY, List.of(), null);
    }

    /** {@code action=set} declares the day a holiday or make-up working day; {@code action=remove} drops it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("action") String action, @FormParam("day") String day,
                           @FormParam("kind") String kind, @FormParam("name") String name,
                           @FormParam("year") String year, @FormParam(CsrfToken.FIELD) String csrf) {
        DayForm typed = new DayForm(day == null ? "" : day, kind == null ? "HOLIDAY" : kind, name == null ? "" : name);
        int shown = yearOf(day).orElse(yearOrThisYear(year));
        if (!CsrfToken.matches(request, csrf)) {
            return page(403, shown, typed, List.of(), "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            if ("remove".equals(action)) {
                calendar.remove(day);
            } else {
                calendar.set(day, kind, name);
            }
            return Response.seeOther(URI.create("/staff/admin/calendar?year=" + shown)).build();
        } catch (ValidationFailed e) {
            return page(422, shown, typed, e.errors(), null);
        } catch (BusinessException e) {
            return page(e.type().equals("not-found") ? 404 : 409, shown, typed, List.of(),
                    e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response page(int status, int year, DayForm form, List<FieldError> errors, String message) {
        List<CalendarDayView> overrides = calendar.overridesOf(String.valueOf(year));
        Map<LocalDate, CalendarDayView> byDay = overrides.stream()
                .collect(Collectors.toMap(CalendarDayView::day, Function.identity()));
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("months", CalendarGrid.of(year, calendar::isWorkingDay, byDay));
        model.put("overrides", overrides);
        model.put("workingDays", calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, Function.identity(), (a, b) -> a)));
        model.put("message", message);
        model.put("previousYear", Math.max(year - 1, CalendarService.FIRST_YEAR));
        model.put("nextYear", Math.min(year + 1, CalendarService.LAST_YEAR));
        return pages.page(status, "calendar/staff-calendar", viewers.current(), model);
    }

    /** The year asked for when it is one the calendar keeps, else this year: the page always shows. */
    private int yearOrThisYear(String year) {
        return parse(year, Integer::valueOf).filter(CalendarPages::kept)
                .orElseGet(() -> LocalDate.now(clock).getYear());
    }

    private static Optional<Integer> yearOf(String day) {
        return parse(day, LocalDate::parse).map(LocalDate::getYear).filter(CalendarPages::kept);
    }

    private static boolean kept(int year) {
        return year >= CalendarService.FIRST_YEAR && year <= CalendarService.LAST_YEAR;
    }

    private static <T> Optional<T> parse(String text, Function<String, T> parser) {
        try {
            return text == null ? Optional.empty() : Optional.of(parser.apply(text.strip()));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

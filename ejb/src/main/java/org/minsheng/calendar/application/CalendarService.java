package org.minsheng.calendar.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.calendar.api.CalendarDayView;
import org.minsheng.calendar.api.DueDate;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.calendar.domain.CalendarChanged;
import org.minsheng.calendar.domain.CalendarDay;
import org.minsheng.calendar.domain.CalendarRepository;
import org.minsheng.calendar.domain.DayKind;
import org.minsheng.calendar.domain.WorkingCalendar;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.time.CityTime;

/**
 * Deadlines on the current working-day calendar for everyone, and the administrators' upkeep of
 * its overrides (a holiday or a make-up working day per date), each edit audited.
 */
@Stateless
@LocalBean
@Local(WorkingDays.class)
@PermitAll
public class CalendarService implements WorkingDays {

    /** Deadlines run on the city's local dates. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** More than any statutory limit; keeps a public query cheap. */
    static final int MAX_WORKING_DAYS = 366;

    @Inject
    CalendarRepository repository;

    @Inject
    CalendarCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CalendarChanged> changes;

    @Resource
    SessionContext session;

    public WorkingCalendar current() {
        return cache.current();
    }

    // ---- WorkingDays: the current calendar's answers ----------------------------------------

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return current().addWorkingDays(start, n);
    }

    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return current().workingDaysBetween(fromExclusive, toInclusive);
    }

    @Override
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        return current().nextWorkingDayOnOrAfter(day);
    }

    @Override
    public Instant dueAt(Instant received, int workingDays, ZoneId zone) {
        return current().dueAt(received, workingDays, zone);
    }

    /** The deadline for typed input (a public query): {@code from} as yyyy-MM-dd, {@code days} 0–366. */
    public DueDate dueDate(String from, String days) {
        Validation validation = new Validation();
        Optional<LocalDate> start = date(from, "from", validation);
        Optional<Integer> count = integer(days, 0, MAX_WORKING_DAYS, "days", "工作日数", "Working days", validation);
        validation.throwIfInvalid();
        LocalDate day = start.orElseThrow();
        int n = count.orElseThrow();
        WorkingCalendar calendar = current();
        return new DueDate(day, n, calendar.addWorkingDays(day, n),
                calendar.dueAt(day.atStartOfDay(CityTime.ZONE).toInstant(), n, CityTime.ZONE));
    }

    // ---- administration ------------------------------------------------------------------------

    /** The overrides of one year ({@code year} as typed, 2000–2100), in date order. */
    @RolesAllowed(Roles.ADMIN)
    public List<CalendarDayView> overridesOf(String year) {
        Validation validation = new Validation();
        Optional<Integer> y = integer(year, FIRST_YEAR, LAST_YEAR, "year", "年份", "Year", validation);
        validation.throwIfInvalid();
        return repository.between(LocalDate.of(y.orElseThrow(), 1, 1), LocalDate.of(y.orElseThrow(), 12, 31)).stream()
                .map(CalendarService::view).toList();
    }

    /**
     * Declares {@code day} a holiday or a make-up working day named {@code name}, replacing any
     * override it had. A make-up working day must be a Saturday or Sunday: other days are worked anyway.
     */
    @RolesAllowed(Roles.ADMIN)
    public CalendarDayView set(String day, String kind, String name) {
        Validation validation = new Validation();
        Optional<LocalDate> date = date(day, "day", validation);
        Optional<DayKind> dayKind = kind(kind, validation);
        validation.text(name, "name", "名称", "Name", CalendarDay.NAME_MAX, true);
        if (date.isPresent() && dayKind.orElse(null) == DayKind.WORKDAY) {
            DayOfWeek weekday = date.get().getDayOfWeek();
            validation.require(weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY, "kind",
                    "周一至周五本来就是工作日，只有周六、周日可以设为调休上班",
                    "Monday to Friday are working days anyway; only a Saturday or Sunday can be a make-up working day");
        }
        validation.throwIfInvalid();
        String cleanName = name.strip();
        CalendarDay override = repository.find(date.get()).orElse(null);
        if (override == null) {
            override = new CalendarDay(date.get(), dayKind.get(), cleanName);
            repository.add(override);
        } else {
            override.change(dayKind.get(), cleanName);
        }
        audit.record(caller(), "calendar.set", "calendar", date.get().toString(), dayKind.get() + " " + cleanName);
        changes.fire(new CalendarChanged(date.get()));
        return view(override);
    }

    /** Lets {@code day} follow the weekday rule again. */
    @RolesAllowed(Roles.ADMIN)
    public void remove(String day) {
        Validation validation = new Validation();
        Optional<LocalDate> date = date(day, "day", validation);
        validation.throwIfInvalid();
        CalendarDay override = repository.find(date.get())
                .orElseThrow(() -> new NotFound("这一天没有特别安排", "That day has no holiday or make-up working day set"));
        repository.remove(override);
        audit.record(caller(), "calendar.remove", "calendar", date.get().toString(),
                override.kind() + " " + override.name());
        changes.fire(new CalendarChanged(date.get()));
    }

    // ---- input ---------------------------------------------------------------------------------

    private static Optional<LocalDate> date(String text, String field, Validation validation) {
        Optional<LocalDate> date = parse(text, LocalDate::parse);
        validation.require(date.isPresent(), field, "日期应写作 年-月-日，例如 2026-10-01",
                "The date must be written year-month-day, e.g. 2026-10-01");
        Optional<LocalDate> inRange = date.filter(d -> d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR);
        validation.require(date.isEmpty() || inRange.isPresent(), field,
                "日期须在 " + FIRST_YEAR + " 年至 " + LAST_YEAR + " 年之间",
                "The date must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR);
        return inRange;
    }

    private static Optional<Integer> integer(String text, int min, int max, String field, String labelZh,
                                             String labelEn, Validation validation) {
        Optional<Integer> value = parse(text, Integer::valueOf).filter(v -> v >= min && v <= max);
        validation.require(value.isPresent(), field, labelZh + "须为 " + min + " 至 " + max + " 之间的整数",
                labelEn + " must be a whole number from " + min + " to " + max);
        return value;
    }

    /** Typed text read by {@code parser}, or empty when it is missing or does not parse. */
    private static <T> Optional<T> parse(String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text.strip()));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<DayKind> kind(String text, Validation validation) {
        Optional<DayKind> kind = text == null ? Optional.empty()
                : Arrays.stream(DayKind.values()).filter(k -> k.name().equals(text.strip())).findFirst();
        validation.require(kind.isPresent(), "kind", "类型须为放假（HOLIDAY）或调休上班（WORKDAY）",
                "The kind must be HOLIDAY or WORKDAY");
        return kind;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static CalendarDayView view(CalendarDay day) {
        return new CalendarDayView(day.day(), day.kind().name(), day.name());
    }
}

package org.minsheng.calendar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days are worked: Monday to Friday, except the days an override declares a holiday, plus
 * the Saturdays and Sundays an override declares a make-up working day. Immutable, so one instance
 * can be shared by every request until the overrides change.
 */
public final class WorkingCalendar {

    private static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(new TreeMap<>());

    private final NavigableMap<LocalDate, DayKind> overrides;

    private WorkingCalendar(NavigableMap<LocalDate, DayKind> overrides) {
        this.overrides = Collections.unmodifiableNavigableMap(overrides);
    }

    /** Only weekends off: what the calendar says before any override is known. */
    public static WorkingCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    public static WorkingCalendar of(Map<LocalDate, DayKind> overrides) {
        TreeMap<LocalDate, DayKind> copy = new TreeMap<>();
        overrides.forEach((day, kind) -> copy.put(Objects.requireNonNull(day), Objects.requireNonNull(kind)));
        return new WorkingCalendar(copy);
    }

    public static WorkingCalendar of(Collection<CalendarDay> days) {
        TreeMap<LocalDate, DayKind> copy = new TreeMap<>();
        days.forEach(d -> copy.put(d.day(), d.kind()));
        return new WorkingCalendar(copy);
    }

    public Optional<DayKind> override(LocalDate day) {
        return Optional.ofNullable(overrides.get(day));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = overrides.get(Objects.requireNonNull(day, "day"));
        return kind == null ? !isWeekend(day) : kind == DayKind.WORKDAY;
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself never counts, whether
     * worked or not, and {@code n = 0} gives {@code start} back. A case received on day D with a
     * limit of 5 working days is due at the end of {@code addWorkingDays(D, 5)}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * How many working days lie after {@code fromExclusive} up to and including {@code toInclusive};
     * 0 when {@code toInclusive} is not after {@code fromExclusive}. Counts the days a case took,
     * or the working days it was paused, to push its due date by.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        // Weekdays by arithmetic, then only the overrides in range adjust it: fast over long spans.
        long count = weekdaysBetween(fromExclusive, toInclusive);
        for (Map.Entry<LocalDate, DayKind> o : overrides.subMap(fromExclusive, false, toInclusive, true).entrySet()) {
            boolean weekend = isWeekend(o.getKey());
            if (o.getValue() == DayKind.HOLIDAY && !weekend) {
                count--;
            } else if (o.getValue() == DayKind.WORKDAY && weekend) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    /** {@code day} itself when it is worked, else the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = Objects.requireNonNull(day, "day");
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * The deadline of something received at {@code received} with a limit of {@code workingDays}:
     * the end of {@link #addWorkingDays} of its local date in {@code zone}, given as the exclusive
     * bound, i.e. the start (00:00) of the following day. Overdue means {@code !now.isBefore(dueAt)}.
     */
    public Instant dueAt(Instant received, int workingDays, ZoneId zone) {
        LocalDate dueDay = addWorkingDays(received.atZone(zone).toLocalDate(), workingDays);
        return dueDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** Monday-to-Friday days in (from, to]: whole weeks hold five, the rest are looked at one by one. */
    private static long weekdaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        long days = ChronoUnit.DAYS.between(fromExclusive, toInclusive);
        long count = days / 7 * 5;
        LocalDate day = fromExclusive.plusDays(days / 7 * 7);
        for (long i = days % 7; i > 0; i--) {
            day = day.plusDays(1);
            if (!isWeekend(day)) {
                count++;
            }
        }
        return count;
    }
}

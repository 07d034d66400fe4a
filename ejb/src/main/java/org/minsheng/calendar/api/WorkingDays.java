package org.minsheng.calendar.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Statutory time limits counted in working days on the current calendar (weekends and public
 * holidays off, make-up working days on). What other features inject to compute deadlines.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself not counted; {@code n ≥ 0};
     * {@code n = 0} gives {@code start}). Received on day D with a limit of 5 → due at the end of
     * {@code addWorkingDays(D, 5)}.
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /** Working days in ({@code fromExclusive}, {@code toInclusive}]; 0 when {@code toInclusive ≤ fromExclusive}. */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    LocalDate nextWorkingDayOnOrAfter(LocalDate day);

    /**
     * The exclusive end of the deadline: 00:00 in {@code zone} of the day after
     * {@code addWorkingDays(local date of received, workingDays)}. Overdue once {@code now ≥ dueAt}.
     */
    Instant dueAt(Instant received, int workingDays, ZoneId zone);
}

package org.minsheng.shared.calendar.api;

import java.time.LocalDate;

/** Working days of the city's calendar: weekends and statutory holidays off, make-up days on. */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    LocalDate addWorkingDays(LocalDate start, int n);

    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    LocalDate nextWorkingDayOnOrAfter(LocalDate day);
}

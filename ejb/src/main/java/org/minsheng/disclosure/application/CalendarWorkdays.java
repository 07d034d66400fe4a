package org.minsheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.disclosure.domain.Workdays;

/** The city's working-day calendar, for the applications' clock. */
@ApplicationScoped
public class CalendarWorkdays implements Workdays {

    @Inject
    WorkingDays calendar;

    @Override
    public LocalDate add(LocalDate start, int n) {
        return calendar.addWorkingDays(start, n);
    }

    @Override
    public int between(LocalDate fromExclusive, LocalDate toInclusive) {
        return calendar.workingDaysBetween(fromExclusive, toInclusive);
    }
}

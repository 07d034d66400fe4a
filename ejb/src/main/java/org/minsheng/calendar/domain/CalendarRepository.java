package org.minsheng.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CalendarRepository {

    /** Every override, oldest first: the whole table is small (about 40 rows a year). */
    List<CalendarDay> all();

    /** The overrides from {@code first} to {@code last}, both included, in date order. */
    List<CalendarDay> between(LocalDate first, LocalDate last);

    Optional<CalendarDay> find(LocalDate day);

    void add(CalendarDay day);

    void remove(CalendarDay day);
}

package org.minsheng.disclosure.domain;

import java.time.LocalDate;

/** The working-day calendar as the application clock needs it (the calendar feature answers). */
public interface Workdays {

    /** The {@code n}-th working day after {@code start}. */
    LocalDate add(LocalDate start, int n);

    /** Working days in ({@code fromExclusive}, {@code toInclusive}]. */
    int between(LocalDate fromExclusive, LocalDate toInclusive);
}

package org.minsheng.calendar.api;

import java.time.LocalDate;

/** One override of the calendar: {@code kind} is {@code HOLIDAY} or {@code WORKDAY}. */
public record CalendarDayView(LocalDate day, String kind, String name) {
}

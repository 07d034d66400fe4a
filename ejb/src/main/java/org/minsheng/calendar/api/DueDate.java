package org.minsheng.calendar.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline counted from {@code from}: {@code due} is the last day, {@code dueAt} the exclusive end
 * (00:00 of the next day in the city's time zone).
 */
public record DueDate(LocalDate from, int workingDays, LocalDate due, Instant dueAt) {
}

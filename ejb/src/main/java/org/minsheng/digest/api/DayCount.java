package org.minsheng.digest.api;

/** A count on one day (city time, ISO date). */
public record DayCount(String day, long count) {
}

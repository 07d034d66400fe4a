package org.minsheng.calendar.domain;

/** What an override makes of a day, whatever its weekday. */
public enum DayKind {
    /** A public holiday or a day off in lieu (放假): no work even on a weekday. */
    HOLIDAY,
    /** A make-up working day (调休上班): work even on a Saturday or Sunday. */
    WORKDAY
}

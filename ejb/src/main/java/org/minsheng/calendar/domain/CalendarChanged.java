package org.minsheng.calendar.domain;

import java.time.LocalDate;

/**
 * An override was set or removed. Stays inside this node (no outbox, no Kafka): it only tells the
 * cached calendar to reload once the edit has committed.
 */
public record CalendarChanged(LocalDate day) {
}

package org.minsheng.news.api;

import java.time.Instant;

/** A column that has not been updated within its period; {@code lastPublished} is null when it never was. */
public record StaleColumn(ColumnView column, Instant lastPublished, long daysSince) {
}

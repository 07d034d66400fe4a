package org.minsheng.integrity.api;

import java.time.Instant;

/** One run of the check: when, why ({@code SCHEDULE} or {@code MANUAL}), by whom, and what it found. */
public record IntegrityCheckView(long id, Instant startedAt, Instant finishedAt, String cause, String triggeredBy,
                                 int pages, int intact, int changed, int unreachable, int newAlerts) {
}

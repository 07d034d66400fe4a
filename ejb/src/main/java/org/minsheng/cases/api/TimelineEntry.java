package org.minsheng.cases.api;

import java.time.Instant;

/** A step of a case's timeline; {@code actor} is filled for staff only. */
public record TimelineEntry(Instant at, String action, String labelZh, String labelEn, String actor, String note) {
}

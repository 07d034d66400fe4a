package org.minsheng.news.api;

import java.time.Instant;

/** A step of an article's editorial record. */
public record StepView(int round, int level, String action, String actionZh, String actionEn, String actor,
                       String comment, Instant at) {
}

package org.minsheng.cases.api;

import java.time.Instant;

/** A line of a handler's or dispatcher's queue. */
public record QueueItem(String id, String trackingNumber, String channelZh, String channelEn, String title,
                        String status, String statusZh, String statusEn, Instant receivedAt, String category,
                        Double confidence, boolean urgent) {
}

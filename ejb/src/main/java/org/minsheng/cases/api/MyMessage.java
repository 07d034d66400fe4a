package org.minsheng.cases.api;

import java.time.Instant;

/** A line of a registered resident's "my messages" list. */
public record MyMessage(String trackingNumber, String title, String channelZh, String channelEn, String status,
                        String statusZh, String statusEn, Instant receivedAt, Instant answeredAt) {
}

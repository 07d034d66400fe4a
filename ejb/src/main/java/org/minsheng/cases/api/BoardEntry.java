package org.minsheng.cases.api;

import java.time.Instant;

/** A published case on the public board: the message, the answer, who answered, how long it took. */
public record BoardEntry(String trackingNumber, String channel, String channelZh, String channelEn, String title,
                         String body, String departmentCode, Instant receivedAt, Instant answeredAt, String reply,
                         long daysTaken) {
}

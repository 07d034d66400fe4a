package org.minsheng.cases.api;

import java.time.Instant;

/** A call the call-taker entered, for the list of their recent calls. */
public record HotlineCallView(String caseId, String trackingNumber, String channelZh, String channelEn, String title,
                              String statusZh, String statusEn, Instant takenAt, boolean anonymous,
                              boolean answeredOnTheSpot, boolean receiptBySms) {
}

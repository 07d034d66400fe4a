package org.minsheng.cases.api;

/**
 * What the call-taker tells the caller: the tracking number and query code, sent by SMS when
 * {@code sentBySms}, else to be read out; the case's status (answered for an on-the-spot answer,
 * merged when it joined an open case).
 */
public record HotlineReceipt(String trackingNumber, String queryCode, boolean sentBySms, String status,
                             String statusZh, String statusEn, String mergedInto) {
}

package org.minsheng.cases.api;

/** What the resident keeps to follow the case: the tracking number and the 6-digit query code. */
public record Receipt(String trackingNumber, String queryCode) {
}

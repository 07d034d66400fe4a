package org.minsheng.integrity.api;

import java.time.Instant;

/** A page under tamper watch and what the last check saw there. */
public record WatchedPageView(long id, String kind, String kindZh, String kindEn, String reference, String path,
                              String expectedHash, Instant registeredAt, String state, String stateZh,
                              String stateEn, Instant checkedAt, String observedHash) {
}

package org.minsheng.integrity.api;

import java.time.Instant;

/** A difference found between the approved and the served content of a page. */
public record IntegrityAlertView(long id, long checkId, String kind, String kindZh, String kindEn, String reference,
                                 String path, Instant detectedAt, String problem, String problemZh,
                                 String problemEn, String expectedHash, String observedHash, String detail) {
}

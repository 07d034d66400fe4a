package org.minsheng.open311.api;

import java.time.Instant;

/** An issued Open311 API key as the administrator sees it: never the key itself, only its first characters. */
public record ApiKeyView(long id, String name, String keyPrefix, Instant createdAt, String createdBy, Instant revokedAt) {
}

package org.minsheng.shared.idempotency;

/**
 * A request carrying an {@code Idempotency-Key}: the endpoint (method and path template), the
 * caller (the principal's name, empty when anonymous), the key, and the fingerprint (SHA-256, hex)
 * of what makes two requests the same request.
 */
public record IdempotentRequest(String endpoint, String caller, String key, String fingerprint) {
}

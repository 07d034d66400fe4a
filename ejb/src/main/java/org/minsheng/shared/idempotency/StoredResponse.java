package org.minsheng.shared.idempotency;

/**
 * The answer a key's first request got, as sent: status, content type, {@code Location} (relative
 * to the application when it was under it) and the body's bytes.
 */
public record StoredResponse(int status, String contentType, String location, byte[] body) {

    public StoredResponse {
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}

package org.minsheng.web.platform;

import java.util.List;
import java.util.Optional;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * Reads the {@code Idempotency-Key} header. The draft defines it as a Structured Field string
 * ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}, quoted); most clients send the bare token, so
 * both are accepted. The key is 1 to 255 printable ASCII characters; a bare key has no spaces.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    /**
     * The key of a request, or empty when it has none.
     *
     * @throws ValidationFailed for several headers or a key that breaks the syntax
     */
    public static Optional<String> parse(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return Optional.empty();
        }
        if (headerValues.size() > 1) {
            throw invalid("请求只能带一个 Idempotency-Key", "Send one Idempotency-Key header only");
        }
        String raw = headerValues.get(0) == null ? "" : headerValues.get(0).strip();
        String key = raw.startsWith("\"") ? unquote(raw) : bare(raw);
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw invalid("Idempotency-Key 须为 1 至 255 个可打印的 ASCII 字符（建议使用 UUID）",
                    "Idempotency-Key must be 1 to 255 printable ASCII characters (a UUID is a good choice)");
        }
        return Optional.of(key);
    }

    /** A bare token: visible ASCII, no spaces. */
    private static String bare(String raw) {
        return raw.chars().allMatch(c -> c >= 0x21 && c <= 0x7e) ? raw : null;
    }

    /** An RFC 8941 string: quoted, printable ASCII, with only {@code \"} and {@code \\} escaped. */
    private static String unquote(String raw) {
        if (raw.length() < 2 || !raw.endsWith("\"")) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                if (i + 1 >= raw.length() - 1 || raw.charAt(i + 1) != '"' && raw.charAt(i + 1) != '\\') {
                    return null;
                }
                c = raw.charAt(++i);
            } else if (c == '"' || c < 0x20 || c > 0x7e) {
                return null;
            }
            key.append(c);
        }
        return key.toString();
    }

    static ValidationFailed invalid(String zh, String en) {
        return new ValidationFailed(List.of(new FieldError(HEADER, zh, en)));
    }
}

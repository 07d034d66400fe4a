package org.minsheng.web.platform;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two requests with one {@code Idempotency-Key} the same request: the method, the
 * concrete path and query (a key reused on another case is another request), the media type and
 * the body's bytes, as one SHA-256. Only this digest is stored, never the body.
 *
 * <p>A multipart body (an upload) is hashed without its boundary: clients pick a new random
 * boundary on every send, so a retry of the same form with the same file must still match. The
 * parts themselves (their headers, field values and file bytes) count as sent.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String method, String pathAndQuery, MediaType type, byte[] body) {
        MessageDigest digest = sha256();
        String boundary = isMultipart(type) ? type.getParameters().get("boundary") : null;
        digest.update((method.toUpperCase(Locale.ROOT) + "\n" + pathAndQuery + "\n" + normalise(type) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (boundary == null || boundary.isEmpty()) {
            digest.update(body);
        } else {
            updateWithoutBoundary(digest, body, ("--" + boundary).getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** type/subtype in lower case and the charset if one is given; the multipart boundary is left out. */
    static String normalise(MediaType type) {
        if (type == null) {
            return "";
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT)
                + (charset == null ? "" : ";charset=" + charset.toLowerCase(Locale.ROOT));
    }

    private static boolean isMultipart(MediaType type) {
        return type != null && "multipart".equalsIgnoreCase(type.getType());
    }

    /** Each delimiter {@code --boundary} is hashed as {@code --}: the boundary never occurs in a part's content. */
    private static void updateWithoutBoundary(MessageDigest digest, byte[] body, byte[] delimiter) {
        int start = 0;
        int i = 0;
        while (i <= body.length - delimiter.length) {
            if (startsWith(body, i, delimiter)) {
                digest.update(body, start, i - start);
                digest.update((byte) '-');
                digest.update((byte) '-');
                i += delimiter.length;
                start = i;
            } else {
                i++;
            }
        }
        digest.update(body, start, body.length - start);
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        for (int j = 0; j < prefix.length; j++) {
            if (body[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

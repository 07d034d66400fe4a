package org.minsheng.web.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** A per-session token that every staff form posts back, so other sites cannot post on staff's behalf. */
public final class CsrfToken {

    public static final String SESSION_KEY = "minsheng.csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? "" : String.valueOf(session.getAttribute(SESSION_KEY));
    }

    public static boolean matches(HttpServletRequest request, String posted) {
        String expected = of(request);
        return posted != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }
}

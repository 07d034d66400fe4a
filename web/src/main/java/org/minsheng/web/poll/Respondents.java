package org.minsheng.web.poll;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.minsheng.poll.api.Respondent;

/**
 * The anonymous respondent of a request: the browser's poll device token (a random cookie, set on
 * first visit, HTTP-only) and the network address. The core stores both only as salted hashes.
 */
final class Respondents {

    static final String DEVICE_COOKIE = "ms_poll_device";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Respondents() {
    }

    static Respondent of(HttpServletRequest request, HttpServletResponse response) {
        return new Respondent(deviceToken(request, response), request.getRemoteAddr());
    }

    private static String deviceToken(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> existing = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> DEVICE_COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v.matches("[a-f0-9]{32}")).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Cookie cookie = new Cookie(DEVICE_COOKIE, token);
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return token;
    }
}

package org.minsheng.web.platform.pages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.time.CityTime;

/**
 * Who is looking and how they want to see it: language (cookie {@code lang}), elder mode (cookie
 * {@code elder}), the text-only version (纯文本版, cookie {@code textonly}: no style sheet, no
 * images), the signed-in member of staff if any, and the CSRF token for staff forms.
 */
public record Viewer(Locale locale, boolean english, boolean elder, String path, StaffPrincipal staff, String csrf,
                     boolean textOnly) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** The standard rendering (not text-only). */
    public Viewer(Locale locale, boolean english, boolean elder, String path, StaffPrincipal staff, String csrf) {
        this(locale, english, elder, path, staff, csrf, false);
    }

    static Viewer of(HttpServletRequest request, StaffPrincipal staff, String csrf) {
        String lang = Optional.ofNullable(request.getParameter("lang")).orElseGet(() -> cookie(request, "lang"));
        boolean english = "en".equals(lang);
        boolean elder = "1".equals(cookie(request, "elder"));
        boolean textOnly = "1".equals(cookie(request, "textonly"));
        String path = request.getRequestURI();
        return new Viewer(english ? Locale.ENGLISH : CHINESE, english, elder, path, staff, csrf, textOnly);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    /** Picks the Chinese or English text of a pair. */
    public String pick(String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh;
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityTime.ZONE);
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CityTime.ZONE);

    /** Date and time in the city's time zone. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(java.time.Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public boolean signedIn() {
        return staff != null;
    }
}

package org.minsheng.web.platform.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.minsheng.identity.api.AccountStatus;
import org.minsheng.identity.api.Authenticator;
import org.minsheng.identity.api.SignInResult;
import org.minsheng.web.platform.Problem;

/**
 * What a signed-in session may still do, checked on every request after authentication:
 * <ul>
 * <li>a session signed in more than {@link #ABSOLUTE} ago ends, however active (the idle timeout
 * is web.xml's 30 minutes for staff, {@link SignIn#RESIDENT_IDLE} for residents);</li>
 * <li>the session of a deactivated account ends at its next request;</li>
 * <li>an account whose password an administrator reset reaches only the change-password page
 * and API and sign-out: other staff pages redirect there, other APIs answer 403
 * {@code password-change-required}.</li>
 * </ul>
 * HTTP Basic requests refused by the throttle or for the demo password get the reason (429 or 403)
 * rather than running on anonymously.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionPolicyFilter extends HttpFilter {

    public static final String CHANGE_PASSWORD_PAGE = "/staff/password";
    public static final String CHANGE_PASSWORD_API = "/api/me/password";
    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Set<String> OPEN_UNTIL_CHANGED = Set.of(CHANGE_PASSWORD_PAGE, CHANGE_PASSWORD_API,
            "/staff/logout", "/staff/login", "/api/session");

    @EJB
    Authenticator authenticator;

    @Inject
    Clock clock;

    @Inject
    SignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<SignInResult> basic = StaffAuthenticationMechanism.resultOf(request);
        if (basic.isPresent() && basic.get().outcome() == SignInResult.Outcome.THROTTLED) {
            response.setHeader("Retry-After", String.valueOf(basic.get().retryAfterSeconds()));
            problem(response, 429, "too-many-requests", "登录失败次数过多，请稍后再试",
                    "Too many failed sign-ins; try again later", path);
            return;
        }
        if (basic.isPresent() && basic.get().outcome() == SignInResult.Outcome.DEMO_PASSWORD) {
            problem(response, 403, "demo-password", SignIn.DEMO_PASSWORD_ZH, SignIn.DEMO_PASSWORD_EN, path);
            return;
        }
        Principal principal = request.getUserPrincipal();
        if (principal == null || path.startsWith("/static/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        boolean expired = session != null && clock.millis() - session.getCreationTime() > ABSOLUTE.toMillis();
        AccountStatus status = expired ? AccountStatus.INACTIVE : authenticator.status(principal.getName());
        if (status == AccountStatus.INACTIVE) {
            signIn.signOut(request); // goes on as anonymous: sign-in pages, 401 or the public page
        } else if (status == AccountStatus.PASSWORD_CHANGE_REQUIRED && guarded(path)) {
            if (path.startsWith("/staff")) {
                response.sendRedirect(CHANGE_PASSWORD_PAGE);
            } else {
                problem(response, 403, "password-change-required", "请先修改管理员重置的密码",
                        "Change the password an administrator reset first", path);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Staff pages, APIs and staff sockets, except the change-password page and API and signing out. */
    private static boolean guarded(String path) {
        return (path.startsWith("/staff") || path.startsWith("/api/") || path.startsWith("/ws/staff"))
                && !OPEN_UNTIL_CHANGED.contains(path);
    }

    private static void problem(HttpServletResponse response, int status, String slug, String zh, String en,
                                String instance) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("type", Problem.typeUri(slug)).add("title", zh)
                .add("title_en", en).add("status", status).add("detail", zh).add("detail_en", en)
                .add("instance", instance).build().toString());
    }
}

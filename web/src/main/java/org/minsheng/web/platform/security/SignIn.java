package org.minsheng.web.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.identity.api.SignInResult;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.web.platform.Problems;

/** Signs staff and residents in and out; shared by the login pages and the session APIs. */
@RequestScoped
public class SignIn {

    /** Residents may take their time over a long message; staff sessions keep web.xml's 30 minutes. */
    static final Duration RESIDENT_IDLE = Duration.ofMinutes(60);

    @Inject
    SecurityContext security;

    @EJB
    StaffDirectory staff;

    @EJB
    ResidentDirectory residents;

    /** How a sign-in went: the member of staff or resident when signed in, else why not. */
    public record Attempt<P>(Optional<P> principal, SignInResult result) {

        public boolean throttled() {
            return result.outcome() == SignInResult.Outcome.THROTTLED;
        }

        public boolean demoPassword() {
            return result.outcome() == SignInResult.Outcome.DEMO_PASSWORD;
        }
    }

    public Attempt<StaffPrincipal> signIn(HttpServletRequest request, HttpServletResponse response,
                                          String username, String password) {
        SignInResult result = authenticate(request, response, username, password);
        Optional<StaffPrincipal> member = result.signedIn() ? staff.find(result.principalName()) : Optional.empty();
        if (member.isEmpty() && request.getUserPrincipal() != null) {
            signOut(request); // a resident's credentials on the staff sign-in
        }
        return new Attempt<>(member, member.isEmpty() && result.signedIn() ? SignInResult.refused() : result);
    }

    /** Signs a resident in with an e-mail address or mobile number. */
    public Attempt<ResidentPrincipal> signInResident(HttpServletRequest request, HttpServletResponse response,
                                                     String login, String password) {
        SignInResult result = authenticate(request, response, login, password);
        Optional<ResidentPrincipal> resident = result.signedIn() ? residents.find(result.principalName())
                : Optional.empty();
        if (resident.isEmpty() && request.getUserPrincipal() != null) {
            signOut(request); // staff credentials on the residents' sign-in
        } else if (resident.isPresent()) {
            request.getSession().setMaxInactiveInterval((int) RESIDENT_IDLE.toSeconds());
        }
        return new Attempt<>(resident, resident.isEmpty() && result.signedIn() ? SignInResult.refused() : result);
    }

    private SignInResult authenticate(HttpServletRequest request, HttpServletResponse response, String username,
                                      String password) {
        if (username == null || password == null || username.isBlank()) {
            return SignInResult.refused();
        }
        // A new session id on sign-in, so a session fixed before login is worthless.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.trim(), password)).newAuthentication(true));
        SignInResult result = StaffAuthenticationMechanism.resultOf(request).orElse(SignInResult.refused());
        if (status != AuthenticationStatus.SUCCESS || !result.signedIn()) {
            return result.signedIn() ? SignInResult.refused() : result;
        }
        request.getSession(true).setAttribute(CsrfToken.SESSION_KEY, CsrfToken.newToken());
        return result;
    }

    public void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            // Nothing to undo: the session below is dropped anyway.
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * The problem+json answer to a failed sign-in: 429 with {@code Retry-After} when throttled, 403
     * for the demo password where it is not allowed, else 401 with the given title.
     */
    public static Response problem(SignInResult result, String instance, String refusedZh, String refusedEn) {
        return switch (result.outcome()) {
            case THROTTLED -> Response.fromResponse(Problems.of(429, "too-many-requests",
                            "登录失败次数过多，请" + result.retryAfterSeconds() + "秒后再试",
                            "Too many failed sign-ins; try again in " + result.retryAfterSeconds() + " s", instance, null))
                    .header("Retry-After", result.retryAfterSeconds()).build();
            case DEMO_PASSWORD -> Problems.of(403, "demo-password", DEMO_PASSWORD_ZH, DEMO_PASSWORD_EN, instance, null);
            default -> Problems.of(401, "unauthorized", refusedZh, refusedEn, instance, null);
        };
    }

    public static final String DEMO_PASSWORD_ZH =
            "该账号仍在使用演示数据的公共密码，已禁止登录。请管理员重置该账号的密码（管理员账号可在启动时用 MINSHENG_ADMIN_PASSWORD 设置）。";
    public static final String DEMO_PASSWORD_EN = "This account still has the demo data's shared password and may not"
            + " sign in. Ask an administrator to reset its password (the administrator's own can be set at start with"
            + " MINSHENG_ADMIN_PASSWORD).";

    public Optional<StaffPrincipal> current(HttpServletRequest request) {
        return Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> staff.find(p.getName()));
    }
}

package org.minsheng.web.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;

/** Signs staff in and out; shared by the login page and the session API. */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @EJB
    StaffDirectory staff;

    public Optional<StaffPrincipal> signIn(HttpServletRequest request, HttpServletResponse response,
                                           String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        // A new session id on sign-in, so a session fixed before login is worthless.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.trim(), password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return Optional.empty();
        }
        request.getSession(true).setAttribute(CsrfToken.SESSION_KEY, CsrfToken.newToken());
        return staff.find(username.trim());
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

    public Optional<StaffPrincipal> current(HttpServletRequest request) {
        return Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> staff.find(p.getName()));
    }
}

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
import java.util.Optional;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;

/** Signs staff and residents in and out; shared by the login pages and the session APIs. */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @EJB
    StaffDirectory staff;

    @EJB
    ResidentDirectory residents;

    public Optional<StaffPrincipal> signIn(HttpServletRequest request, HttpServletResponse response,
                                           String username, String password) {
        Optional<StaffPrincipal> member = authenticate(request, response, username, password)
                ? staff.find(request.getUserPrincipal().getName()) : Optional.empty();
        if (member.isEmpty() && request.getUserPrincipal() != null) {
            signOut(request); // a resident's credentials on the staff sign-in
        }
        return member;
    }

    /** Signs a resident in with an e-mail address or mobile number. */
    public Optional<ResidentPrincipal> signInResident(HttpServletRequest request, HttpServletResponse response,
                                                      String login, String password) {
        Optional<ResidentPrincipal> resident = authenticate(request, response, login, password)
                ? residents.find(request.getUserPrincipal().getName()) : Optional.empty();
        if (resident.isEmpty() && request.getUserPrincipal() != null) {
            signOut(request); // staff credentials on the residents' sign-in
        }
        return resident;
    }

    private boolean authenticate(HttpServletRequest request, HttpServletResponse response, String username,
                                 String password) {
        if (username == null || password == null || username.isBlank()) {
            return false;
        }
        // A new session id on sign-in, so a session fixed before login is worthless.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.trim(), password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        request.getSession(true).setAttribute(CsrfToken.SESSION_KEY, CsrfToken.newToken());
        return true;
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

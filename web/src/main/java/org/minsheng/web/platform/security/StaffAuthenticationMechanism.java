package org.minsheng.web.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.minsheng.identity.api.Authenticator;
import org.minsheng.identity.api.SignInResult;

/**
 * Staff and residents sign in through the login pages or the session APIs (which call
 * {@code SecurityContext.authenticate}), and stay signed in through the HTTP session. API clients
 * may instead send HTTP Basic credentials with each request. Public pages need no sign-in, so an
 * anonymous request passes through; resources and services decide what it may do.
 *
 * <p>Every attempt goes to {@link Authenticator}, which throttles, checks and audits it with the
 * client address; why an attempt failed is left on the request for the page or API to answer.
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String RESULT = "minsheng.sign-in.result";

    @EJB
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            credential = basicCredential(request.getHeader("Authorization"));
        }
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return context.doNothing();
        }
        SignInResult result = authenticator.signIn(up.getCaller(), up.getPassword().getValue(), request.getRemoteAddr());
        request.setAttribute(RESULT, result);
        if (result.signedIn()) {
            return context.notifyContainerAboutLogin(result.principalName(), result.roles());
        }
        return context.isAuthenticationRequest() ? AuthenticationStatus.SEND_FAILURE : context.doNothing();
    }

    /** The last sign-in attempt of this request, if any. */
    static Optional<SignInResult> resultOf(HttpServletRequest request) {
        return request.getAttribute(RESULT) instanceof SignInResult r ? Optional.of(r) : Optional.empty();
    }

    private static Credential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.minsheng.web.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.minsheng.web.platform.security.CsrfToken;
import org.minsheng.web.platform.security.SignIn;

/** Builds the {@link Viewer} of the current request. */
@RequestScoped
public class ViewerFactory {

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    public Viewer current() {
        return Viewer.of(request, signIn.current(request).orElse(null), CsrfToken.of(request));
    }

    HttpServletRequest request() {
        return request;
    }
}

package org.minsheng.web.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The browser-side protections, on every response the application gives: pages, the API, static
 * files, redirects and errors. A servlet filter rather than a JAX-RS one, so that answers made
 * before or outside the resources (authentication, unmatched paths, error dispatches) carry them
 * too. The Content-Security-Policy allows no inline script or style: scripts and the style sheet
 * are files under {@code /static/}; images may also come from {@code https:} because interview
 * posts may show pictures hosted elsewhere; the live interview pages open a WebSocket to the host
 * the page came from.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE,
                DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
            + " connect-src 'self'%s; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
            + " form-action 'self'";

    /** A host name or address with an optional port: anything else is not copied into the policy. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy(request.getHeader("Host")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Tracking numbers and case ids are in staff and resident URLs: they never leave the site.
        response.setHeader("Referrer-Policy", "same-origin");
        // For browsers without frame-ancestors.
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    /**
     * The policy for a page served to {@code host}. CSP level 3 lets {@code 'self'} cover WebSockets
     * to the page's host; older browsers need the {@code ws:}/{@code wss:} source spelled out.
     */
    static String policy(String host) {
        boolean usable = host != null && HOST.matcher(host).matches();
        return String.format(POLICY, usable ? " ws://" + host + " wss://" + host : "");
    }
}

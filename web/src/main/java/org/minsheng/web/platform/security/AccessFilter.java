package org.minsheng.web.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import org.minsheng.web.platform.Problems;

/**
 * Enforces {@code @RolesAllowed} on resources before they run: 401 without a sign-in, 403 for the
 * wrong role (problem+json), or for staff pages a redirect to the login page. The application
 * services check the same roles again.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        String path = request.getUriInfo().getPath();
        boolean page = !path.startsWith("/api") && !path.startsWith("api");
        if (security.getUserPrincipal() == null) {
            if (page) {
                String next = request.getUriInfo().getRequestUri().getRawPath();
                request.abortWith(Response.seeOther(URI.create("/staff/login?next=" + next)).build());
            } else {
                request.abortWith(Problems.unauthorized(path));
            }
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.forbidden(path));
        }
    }

    private static RolesAllowed rolesAllowed(Method method, Class<?> type) {
        if (method != null && method.isAnnotationPresent(RolesAllowed.class)) {
            return method.getAnnotation(RolesAllowed.class);
        }
        return type == null ? null : type.getAnnotation(RolesAllowed.class);
    }
}

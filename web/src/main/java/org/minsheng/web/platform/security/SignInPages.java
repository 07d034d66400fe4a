package org.minsheng.web.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Staff sign-in: the form, and the check of name and password, then back to where the person was going. */
@Path("/staff/login")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response loginForm(@QueryParam("next") String next) {
        return pages.page(200, "platform/login", viewers.current(), Map.of("failed", false, "next", nextOrQueue(next), "username", ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next) {
        if (signIn.signIn(request, response, username, password).isPresent()) {
            return Response.seeOther(URI.create(nextOrQueue(next))).build();
        }
        return pages.page(401, "platform/login", viewers.current(), Map.of("failed", true, "next", nextOrQueue(next),
                "username", username == null ? "" : username));
    }

    private static String nextOrQueue(String next) {
        return next != null && next.startsWith("/staff") && !next.startsWith("//") ? next : "/staff";
    }
}

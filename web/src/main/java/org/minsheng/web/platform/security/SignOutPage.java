package org.minsheng.web.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Staff sign-out, back to the portal. */
@Path("/staff/logout")
@RequestScoped
public class SignOutPage {

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @POST
    public Response logout() {
        signIn.signOut(request);
        return Response.seeOther(URI.create("/")).build();
    }
}

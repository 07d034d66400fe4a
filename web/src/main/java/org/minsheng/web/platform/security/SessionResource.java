package org.minsheng.web.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.FieldError;
import org.minsheng.web.platform.Problems;

/** Staff sign-in for API clients: {@code POST /api/session}, then the session cookie. */
@Path("/api/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record Credentials(String username, String password) {
    }

    public record Me(String username, String displayName, List<String> roles, String departmentCode) {

        static Me of(StaffPrincipal p) {
            return new Me(p.username(), p.displayName(), p.roles().stream().sorted().toList(), p.departmentCode());
        }
    }

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Problems.of(422, "validation", "请输入用户名和密码", "Enter user name and password", "/api/session",
                    List.of(new FieldError("username", "用户名和密码都不能为空", "User name and password are required")));
        }
        return signIn.signIn(request, response, credentials.username(), credentials.password())
                .map(p -> Response.ok(Me.of(p)).build())
                .orElseGet(() -> Problems.of(401, "unauthorized", "用户名或密码错误", "Wrong user name or password",
                        "/api/session", null));
    }

    @GET
    public Response me() {
        return signIn.current(request).map(p -> Response.ok(Me.of(p)).build())
                .orElseGet(() -> Problems.unauthorized("/api/session"));
    }

    @DELETE
    public Response signOut() {
        signIn.signOut(request);
        return Response.noContent().build();
    }
}

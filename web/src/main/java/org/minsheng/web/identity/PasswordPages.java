package org.minsheng.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * Changing one's own password (修改密码): staff at {@code /staff/password} — where a reset password
 * sends them until they chose their own — and, through {@link AccountPages}, residents at
 * {@code /account/password}.
 */
@Path("/staff/password")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    static final String STAFF = "/staff/password";
    static final String RESIDENT = "/account/password";

    @Inject
    PasswordForm form;

    @GET
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR})
    public Response staffForm() {
        return form.page(200, STAFF, List.of(), null, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR})
    public Response staffChange(@FormParam("currentPassword") String current, @FormParam("newPassword") String next,
                                @FormParam("confirmPassword") String confirmation, @FormParam(CsrfToken.FIELD) String csrf) {
        return form.change(STAFF, current, next, confirmation, csrf);
    }
}

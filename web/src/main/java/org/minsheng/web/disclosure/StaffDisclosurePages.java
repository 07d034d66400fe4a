package org.minsheng.web.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.disclosure.application.DisclosureDrafting;
import org.minsheng.disclosure.application.DisclosureReview;
import org.minsheng.disclosure.application.DisclosureWorkbench;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The staff disclosure pages: the overview of the body's documents (late ones first, with their due
 * dates) and a document's page where the editor submits it and an approver signs it off or sends it
 * back with a comment.
 */
@Path("/staff/disclosure")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class StaffDisclosurePages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    DisclosureWorkbench workbench;

    @EJB
    DisclosureDrafting drafting;

    @EJB
    DisclosureReview review;

    @Context
    HttpServletRequest request;

    @GET
    public Response overview() {
        return pages.page(200, "disclosure/staff-overview", viewers.current(), Map.of("o", workbench.overview()));
    }

    @GET
    @Path("{id: \\d+}")
    public Response document(@PathParam("id") long id) {
        return documentPage(200, id, List.of(), null);
    }

    @POST
    @Path("{id: \\d+}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EDITOR)
    public Response submit(@PathParam("id") long id, @FormParam(CsrfToken.FIELD) String csrf,
                           @FormParam("version") long version) {
        return step(id, csrf, () -> drafting.submit(id, version));
    }

    @POST
    @Path("{id: \\d+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.APPROVER)
    public Response approve(@PathParam("id") long id, @FormParam(CsrfToken.FIELD) String csrf,
                            @FormParam("version") long version) {
        return step(id, csrf, () -> review.approve(id, version));
    }

    @POST
    @Path("{id: \\d+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.APPROVER)
    public Response reject(@PathParam("id") long id, @FormParam(CsrfToken.FIELD) String csrf,
                           @FormParam("version") long version, @FormParam("comment") String comment) {
        return step(id, csrf, () -> review.reject(id, version, comment));
    }

    private Response step(long id, String csrf, Runnable action) {
        if (!CsrfToken.matches(request, csrf)) {
            return documentPage(403, id, List.of(), "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            action.run();
        } catch (ValidationFailed e) {
            return documentPage(422, id, e.errors(), null);
        } catch (BusinessException e) {
            if ("not-found".equals(e.type())) {
                throw e;
            }
            return documentPage(e.type().equals("forbidden") ? 403 : 409, id, List.of(),
                    e.titleZh() + " / " + e.titleEn());
        }
        return Response.seeOther(URI.create("/staff/disclosure/" + id + "?done=1")).build();
    }

    private Response documentPage(int status, long id, List<FieldError> errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("d", workbench.document(id));
        model.put("errors", errors);
        model.put("message", message);
        return pages.page(status, "disclosure/staff-document", viewers.current(), model);
    }
}

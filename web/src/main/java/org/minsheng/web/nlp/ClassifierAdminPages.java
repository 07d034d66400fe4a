package org.minsheng.web.nlp;

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
import java.util.Map;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ModelAdministration;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** The administrator's classifier page: the model in use, retraining with progress, activating a version. */
@Path("/staff/admin/classifier")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ClassifierAdminPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    ModelAdministration models;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response classifier() {
        return classifierPage(200, null);
    }

    @POST
    @Path("{action:training|activation}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response classifierAction(@PathParam("action") String action, @FormParam("version") String version,
                                     @FormParam(CsrfToken.FIELD) String csrf) {
        if (!CsrfToken.matches(request, csrf)) {
            return classifierPage(403, "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            if ("training".equals(action)) {
                models.startTraining();
            } else {
                models.activate(version);
            }
            return Response.seeOther(URI.create("/staff/admin/classifier")).build();
        } catch (BusinessException e) {
            return classifierPage(409, e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response classifierPage(int status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("current", models.current());
        model.put("examples", models.trainingExamples());
        model.put("training", models.training());
        model.put("message", message);
        return pages.page(status, "nlp/staff-classifier", viewers.current(), model);
    }
}

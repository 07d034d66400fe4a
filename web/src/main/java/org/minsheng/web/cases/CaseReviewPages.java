package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.minsheng.cases.application.ExtensionService;
import org.minsheng.cases.application.ReviewService;
import org.minsheng.identity.api.Roles;

/**
 * The decisions posted from the staff case page ({@link CasePages}) on what a department did:
 * approving a reply or sending it back, publishing a held answer, and granting or refusing an
 * extension request. Each goes back to the queue it was taken from, or to the case.
 */
@Path("/staff/cases")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CaseReviewPages {

    @Inject
    StaffCasePage casePage;

    @EJB
    ReviewService review;

    @EJB
    ExtensionService extensions;

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response approve(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "review", form, "/staff/review?done=approved",
                () -> review.approve(id, StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/send-back")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response sendBack(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "sendBack", form, "/staff/review?done=sentBack",
                () -> review.sendBack(id, form.getFirst("reason"), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response publication(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "publication", form, StaffCasePage.here(id, "publication"),
                () -> review.decidePublication(id, "yes".equals(form.getFirst("publish"))));
    }

    @POST
    @Path("{id}/extension-decision")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response decideExtension(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "extensionDecision", form, "/staff/extensions?done=extensionDecided",
                () -> extensions.decideExtension(id, "yes".equals(form.getFirst("grant")),
                        StaffCasePage.version(form)));
    }
}

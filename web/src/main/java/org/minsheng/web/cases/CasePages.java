package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.minsheng.cases.application.DispatchService;
import org.minsheng.cases.application.LeaderService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.pages.FormState;

/**
 * A case as staff work on it: details, timeline, co-handling opinions, and one plain form per step
 * the viewer may take. Each form posts with the CSRF token and the case version it saw; success
 * redirects (post/redirect/get), a refused step shows the page again with the reasons next to the
 * fields and what was typed ({@link StaffCasePage}).
 *
 * <p>Here are the page and the platform's steps (dispatchers and leaders); the department's steps
 * are in {@link CaseHandlingPages}, review and decisions in {@link CaseReviewPages}.
 */
@Path("/staff/cases")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CasePages {

    /** Messages shown after a step, by the {@code done} query parameter; others are ignored. */
    private static final Set<String> DONE = Set.of("signed", "recorded", "supplement", "extension", "opinion",
            "answered", "approved", "sentBack", "publication", "instructed", "extensionDecided", "dispatched",
            "accepted", "refused", "merged");

    @Inject
    StaffCasePage casePage;

    @EJB
    DispatchService dispatching;

    @EJB
    LeaderService leaders;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return casePage.render(200, id, FormState.NONE, null, done != null && DONE.contains(done) ? done : null);
    }

    @POST
    @Path("{id}/dispatch")
    @RolesAllowed(Roles.DISPATCHER)
    public Response dispatch(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "dispatch", form, "/staff/dispatch?done=dispatched", () -> dispatching.dispatch(id,
                form.getFirst("departmentCode"), form.getFirst("category"), form.get("coHandlers"),
                form.get("copies"), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.DISPATCHER)
    public Response accept(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "accept", form, StaffCasePage.here(id, "accepted"),
                () -> dispatching.accept(id, StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.DISPATCHER)
    public Response refuse(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "refuse", form, "/staff/dispatch?done=refused", () -> dispatching.refuse(id,
                form.getFirst("reason"), form.getFirst("note"), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Roles.DISPATCHER)
    public Response merge(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "merge", form, "/staff/dispatch?done=merged", () -> dispatching.merge(id,
                trimmed(form.getFirst("masterTrackingNumber")), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/instruction")
    @RolesAllowed(Roles.LEADER)
    public Response instruct(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "instruction", form, StaffCasePage.here(id, "instructed"),
                () -> leaders.instruct(id, form.getFirst("text")));
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }
}

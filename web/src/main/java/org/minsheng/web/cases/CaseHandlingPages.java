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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minsheng.cases.application.HandlingService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.pages.FormState;

/**
 * The department's steps posted from the staff case page ({@link CasePages}): taking up the case,
 * handling steps, asking for material or more time, returning it, co-handling opinions and the
 * reply.
 */
@Path("/staff/cases")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CaseHandlingPages {

    @Inject
    StaffCasePage casePage;

    @EJB
    HandlingService handling;

    @POST
    @Path("{id}/sign")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response sign(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "sign", form, StaffCasePage.here(id, "signed"),
                () -> handling.sign(id, StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/progress")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "progress", form, StaffCasePage.here(id, "recorded"), () -> handling.record(id,
                form.getFirst("kind"), form.getFirst("note"), form.getFirst("subStatus"), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/supplement-request")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response requestSupplement(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "supplement", form, StaffCasePage.here(id, "supplement"),
                () -> handling.requestSupplement(id, form.getFirst("text"), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response requestExtension(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "extension", form, StaffCasePage.here(id, "extension"),
                () -> handling.requestExtension(id, number(form.getFirst("days")), form.getFirst("reason"),
                        StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.HANDLER)
    public Response returnCase(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        // Once returned the case is no longer the department's, so the handler goes back to the workbench.
        return casePage.step(id, "return", form, "/staff?done=returned",
                () -> handling.returnCase(id, form.getFirst("reason"), StaffCasePage.version(form)));
    }

    @POST
    @Path("{id}/opinion")
    @RolesAllowed(Roles.HANDLER)
    public Response opinion(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "opinion", form, StaffCasePage.here(id, "opinion"),
                () -> handling.giveOpinion(id, form.getFirst("text")));
    }

    /**
     * The reply form has three buttons: "use template" puts the chosen template after what was typed
     * and "check quality" shows the reply-quality findings of what was typed (no JavaScript needed,
     * nothing is saved); "submit" sends the reply for review.
     */
    @POST
    @Path("{id}/answer")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response answer(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        if ("template".equals(form.getFirst("action"))) {
            String typed = form.getFirst("reply") == null ? "" : form.getFirst("reply");
            String text = casePage.replyTemplate(form.getFirst("template"));
            MultivaluedMap<String, String> shown = new MultivaluedHashMap<>(form);
            shown.putSingle("reply", typed.isBlank() ? text : typed.stripTrailing() + "\n" + text);
            return casePage.render(200, id, FormState.failed("answer", List.of(), shown), null, null);
        }
        if ("quality".equals(form.getFirst("action"))) {
            return casePage.withQualityOf(id, form);
        }
        return casePage.step(id, "answer", form, StaffCasePage.here(id, "answered"), () -> handling.answer(id,
                form.getFirst("reply"), "yes".equals(form.getFirst("publish")), StaffCasePage.version(form)));
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

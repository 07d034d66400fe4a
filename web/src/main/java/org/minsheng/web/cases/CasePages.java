package org.minsheng.web.cases;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.DispatchService;
import org.minsheng.cases.application.ExtensionService;
import org.minsheng.cases.application.HandlingService;
import org.minsheng.cases.application.LeaderService;
import org.minsheng.cases.application.ReviewService;
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.cases.application.WorkbenchService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.security.CsrfToken;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.pages.FormState;

/**
 * A case as staff work on it: details, timeline, co-handling opinions, and one plain form per step
 * the viewer may take. Each form posts with the CSRF token and the case version it saw; success
 * redirects (post/redirect/get), a refused step shows the page again with the reasons next to the
 * fields and what was typed.
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

    /** The reply templates offered on the answer form, by bundle key. */
    static final List<String> REPLY_TEMPLATES = List.of("thanks", "verified", "rectified", "policy", "notOurs");

    /** Marks a form posted from a page older than the session (its CSRF token no longer matches). */
    private static final FieldError EXPIRED = new FieldError("", "", "");

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    org.minsheng.intake.api.Attachments attachments;

    @EJB
    DispatchService dispatching;

    @EJB
    HandlingService handling;

    @EJB
    ExtensionService extensions;

    @EJB
    ReviewService review;

    @EJB
    LeaderService leaders;

    @EJB
    WorkbenchService workbench;

    @EJB
    SubStatusService labels;

    @EJB
    SiteService site;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.ADMIN})
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return casePage(200, workbench.forStaff(id), FormState.NONE, null, done != null && DONE.contains(done) ? done : null);
    }

    // ---- platform ----------------------------------------------------------------------------

    @POST
    @Path("{id}/dispatch")
    @RolesAllowed(Roles.DISPATCHER)
    public Response dispatch(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "dispatch", form, "/staff/dispatch?done=dispatched", () -> dispatching.dispatch(id,
                form.getFirst("departmentCode"), form.getFirst("category"), form.get("coHandlers"),
                form.get("copies"), version(form)));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.DISPATCHER)
    public Response accept(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "accept", form, here(id, "accepted"), () -> dispatching.accept(id, version(form)));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.DISPATCHER)
    public Response refuse(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "refuse", form, "/staff/dispatch?done=refused",
                () -> dispatching.refuse(id, form.getFirst("reason"), form.getFirst("note"), version(form)));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Roles.DISPATCHER)
    public Response merge(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "merge", form, "/staff/dispatch?done=merged",
                () -> dispatching.merge(id, trimmed(form.getFirst("masterTrackingNumber")), version(form)));
    }

    @POST
    @Path("{id}/instruction")
    @RolesAllowed(Roles.LEADER)
    public Response instruct(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "instruction", form, here(id, "instructed"), () -> leaders.instruct(id, form.getFirst("text")));
    }

    // ---- department --------------------------------------------------------------------------

    @POST
    @Path("{id}/sign")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response sign(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "sign", form, here(id, "signed"), () -> handling.sign(id, version(form)));
    }

    @POST
    @Path("{id}/progress")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "progress", form, here(id, "recorded"), () -> handling.record(id, form.getFirst("kind"),
                form.getFirst("note"), form.getFirst("subStatus"), version(form)));
    }

    @POST
    @Path("{id}/supplement-request")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response requestSupplement(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "supplement", form, here(id, "supplement"),
                () -> handling.requestSupplement(id, form.getFirst("text"), version(form)));
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response requestExtension(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "extension", form, here(id, "extension"),
                () -> handling.requestExtension(id, number(form.getFirst("days")), form.getFirst("reason"), version(form)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.HANDLER)
    public Response returnCase(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        // Once returned the case is no longer the department's, so the handler goes back to the workbench.
        return step(id, "return", form, "/staff?done=returned",
                () -> handling.returnCase(id, form.getFirst("reason"), version(form)));
    }

    @POST
    @Path("{id}/opinion")
    @RolesAllowed(Roles.HANDLER)
    public Response opinion(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "opinion", form, here(id, "opinion"), () -> handling.giveOpinion(id, form.getFirst("text")));
    }

    /**
     * The reply form has two buttons: "use template" puts the chosen template after what was typed
     * (no JavaScript needed, nothing is saved); "submit" sends the reply for review.
     */
    @POST
    @Path("{id}/answer")
    @RolesAllowed({Roles.HANDLER, Roles.DISCIPLINE})
    public Response answer(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        if ("template".equals(form.getFirst("action"))) {
            String chosen = form.getFirst("template");
            String typed = form.getFirst("reply") == null ? "" : form.getFirst("reply");
            String text = chosen != null && REPLY_TEMPLATES.contains(chosen)
                    ? pages.message(viewers.current(), "replyTemplate." + chosen + ".text") : "";
            MultivaluedMap<String, String> shown = new jakarta.ws.rs.core.MultivaluedHashMap<>(form);
            shown.putSingle("reply", typed.isBlank() ? text : typed.stripTrailing() + "\n" + text);
            return casePage(200, workbench.forStaff(id), FormState.failed("answer", List.of(), shown), null, null);
        }
        return step(id, "answer", form, here(id, "answered"),
                () -> handling.answer(id, form.getFirst("reply"), "yes".equals(form.getFirst("publish")), version(form)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response approve(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "review", form, "/staff/review?done=approved", () -> review.approve(id, version(form)));
    }

    @POST
    @Path("{id}/send-back")
    @RolesAllowed({Roles.REVIEWER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response sendBack(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "sendBack", form, "/staff/review?done=sentBack",
                () -> review.sendBack(id, form.getFirst("reason"), version(form)));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response publication(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "publication", form, here(id, "publication"),
                () -> review.decidePublication(id, "yes".equals(form.getFirst("publish"))));
    }

    @POST
    @Path("{id}/extension-decision")
    @RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response decideExtension(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return step(id, "extensionDecision", form, "/staff/extensions?done=extensionDecided",
                () -> extensions.decideExtension(id, "yes".equals(form.getFirst("grant")), version(form)));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /**
     * Runs a step posted from the case page: checks the CSRF token, runs it, then redirects; a
     * refused step shows the case again with the reasons and what was typed.
     */
    private Response step(String id, String formName, MultivaluedMap<String, String> form, String next,
                          Supplier<CaseDetails> action) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return casePage(403, workbench.forStaff(id), FormState.failed(formName, List.of(), form), EXPIRED, null);
        }
        try {
            action.get();
            return Response.seeOther(URI.create(next)).build();
        } catch (ValidationFailed e) {
            return casePage(422, workbench.forStaff(id), FormState.failed(formName, e.errors(), form), null, null);
        } catch (BusinessException e) {
            return casePage(409, workbench.forStaff(id), FormState.failed(formName, List.of(), form),
                    new FieldError("", e.titleZh(), e.titleEn()), null);
        }
    }

    /** The page; {@code problem} says why a step was refused. */
    private Response casePage(int status, CaseDetails c, FormState form, FieldError problem, String done) {
        Viewer viewer = viewers.current();
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("attachments", attachments.listForStaff(c.id()));
        model.put("can", CaseActions.of(c, viewer.staff()));
        model.put("form", form);
        model.put("expired", problem == EXPIRED);
        model.put("problem", problem == EXPIRED ? null : problem);
        model.put("done", done);
        model.put("departments", site.departments());
        model.put("departmentNames", departmentNames());
        model.put("categories", Categories.FIRST_LEVEL);
        model.put("subStatuses", labels.subStatuses());
        model.put("replyTemplates", REPLY_TEMPLATES);
        model.put("notAcceptedReasons", List.of("OUT_OF_SCOPE", "DUPLICATE", "ABUSIVE", "UNCLEAR",
                "LEGAL_PROCEEDINGS", "OTHER"));
        return pages.page(status, "cases/staff-case", viewer, model);
    }

    private Map<String, DepartmentView> departmentNames() {
        Map<String, DepartmentView> names = new HashMap<>();
        site.departments().forEach(d -> names.put(d.code(), d));
        return names;
    }

    private static String here(String id, String done) {
        return "/staff/cases/" + id + "?done=" + done;
    }

    /** The version the form was rendered with; a missing one fails like a stale one. */
    private static long version(MultivaluedMap<String, String> form) {
        try {
            String v = form.getFirst("version");
            return v == null ? -1 : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }
}

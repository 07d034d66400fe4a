package org.minsheng.web.guide;

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
import org.minsheng.guide.api.GuideDraft;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.application.GuideEditing;
import org.minsheng.guide.application.GuideQueries;
import org.minsheng.guide.application.GuideReview;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/** The department's guide desk: its guides, the writing form and the review actions. */
@Path("/staff/guides")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class StaffGuidePages {

    private static final String EXPIRED = "页面已过期，请重新提交 / The page expired; submit again";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    GuideQueries queries;

    @EJB
    GuideEditing editing;

    @EJB
    GuideReview review;

    @EJB
    SiteDirectory site;

    @Context
    HttpServletRequest request;

    @GET
    public Response desk() {
        return page(200, null, FormState.NONE, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return page(403, null, FormState.NONE, EXPIRED);
        }
        try {
            GuideView created = editing.create(draft(form));
            return Response.seeOther(URI.create("/staff/guides/" + created.id())).build();
        } catch (ValidationFailed e) {
            return page(422, null, FormState.failed("guide", e.errors(), form), null);
        }
    }

    @GET
    @Path("{id}")
    public Response guide(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(200, queries.staffGuide(id), FormState.NONE, done == null ? null : "done");
    }

    @POST
    @Path("{id}/{step: submit|approve|reject|withdraw}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") long id, @PathParam("step") String step,
                         MultivaluedMap<String, String> form) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return page(403, queries.staffGuide(id), FormState.NONE, EXPIRED);
        }
        String comment = form.getFirst("comment");
        try {
            switch (step) {
                case "submit" -> editing.submit(id);
                case "approve" -> review.approve(id, comment);
                case "reject" -> review.reject(id, comment);
                default -> review.withdraw(id, comment);
            }
            return Response.seeOther(URI.create("/staff/guides/" + id + "?done=" + step)).build();
        } catch (ValidationFailed e) {
            return page(422, queries.staffGuide(id), FormState.failed(step, e.errors(), form), null);
        } catch (BusinessException e) {
            if ("not-found".equals(e.type())) {
                throw e;
            }
            return page(e.type().equals("forbidden") ? 403 : 409, queries.staffGuide(id), FormState.NONE,
                    e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response page(int status, GuideView guide, FormState state, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("g", guide);
        model.put("guides", guide == null ? queries.desk() : List.of());
        model.put("form", state);
        model.put("message", message);
        model.put("events", queries.lifeEvents());
        model.put("departments", site.departments());
        return pages.page(status, guide == null ? "guide/staff-guides" : "guide/staff-guide", viewers.current(), model);
    }

    private static GuideDraft draft(MultivaluedMap<String, String> f) {
        List<String> events = f.get("lifeEvents") == null ? List.of() : f.get("lifeEvents");
        return new GuideDraft(f.getFirst("departmentCode"), f.getFirst("title"), f.getFirst("summary"),
                f.getFirst("eligibility"), f.getFirst("materials"), f.getFirst("steps"), f.getFirst("timeLimit"),
                f.getFirst("fees"), f.getFirst("placeAndHours"), f.getFirst("legalBasis"), f.getFirst("faq"), events,
                List.of());
    }
}

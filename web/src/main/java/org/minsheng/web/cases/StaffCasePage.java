package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.ReplyTemplateView;
import org.minsheng.cases.application.ReplyQualityReview;
import org.minsheng.cases.application.ReplyTemplateService;
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.cases.application.WorkbenchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ReplyQualityReport;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The staff case page that {@link CasePages}, {@link CaseHandlingPages} and {@link CaseReviewPages}
 * share: it renders the case with the forms its viewer may use ({@link CaseActions}), and runs a
 * step posted from one of those forms (CSRF check, post/redirect/get, or the page again with the
 * reasons next to the fields and what was typed).
 */
@RequestScoped
public class StaffCasePage {

    /** Marks a form posted from a page older than the session (its CSRF token no longer matches). */
    private static final FieldError EXPIRED = new FieldError("", "", "");

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    HttpServletRequest request;

    @EJB
    org.minsheng.intake.api.Attachments attachments;

    @EJB
    WorkbenchService workbench;

    @EJB
    SubStatusService labels;

    @EJB
    SiteService site;

    @EJB
    ReplyQualityReview replyQuality;

    @EJB
    ReplyTemplateService replyTemplates;

    /**
     * Runs a step posted from the case page: checks the CSRF token, runs it, then redirects; a
     * refused step shows the case again with the reasons and what was typed.
     */
    public Response step(String id, String formName, MultivaluedMap<String, String> form, String next,
                         Supplier<CaseDetails> action) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return render(403, id, FormState.failed(formName, List.of(), form), EXPIRED, null);
        }
        try {
            action.get();
            return Response.seeOther(URI.create(next)).build();
        } catch (ValidationFailed e) {
            return render(422, id, FormState.failed(formName, e.errors(), form), null, null);
        } catch (BusinessException e) {
            return render(409, id, FormState.failed(formName, List.of(), form),
                    new FieldError("", e.titleZh(), e.titleEn()), null);
        }
    }

    /** The page of case {@code id}; {@code problem} says why a step was refused. */
    public Response render(int status, String id, FormState form, FieldError problem, String done) {
        return render(status, id, form, problem, done, null);
    }

    /** The page with the reply-quality findings of the reply the handler typed, kept in the form. */
    public Response withQualityOf(String id, MultivaluedMap<String, String> form) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return render(403, id, FormState.failed("answer", List.of(), form), EXPIRED, null);
        }
        try {
            ReplyQualityReport typed = replyQuality.check(id, form.getFirst("reply"));
            return render(200, id, FormState.failed("answer", List.of(), form), null, null, typed);
        } catch (ValidationFailed e) {
            return render(422, id, FormState.failed("answer", e.errors(), form), null, null);
        }
    }

    private Response render(int status, String id, FormState form, FieldError problem, String done,
                            ReplyQualityReport typed) {
        CaseDetails c = workbench.forStaff(id);
        Viewer viewer = viewers.current();
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("attachments", attachments.listForStaff(c.id()));
        CaseActions can = CaseActions.of(c, viewer.staff());
        model.put("can", can);
        model.put("mayVisit", FollowUpVisitPages.mayVisit(c, viewer.staff()));
        model.put("form", form);
        model.put("expired", problem == EXPIRED);
        model.put("problem", problem == EXPIRED ? null : problem);
        model.put("done", done);
        model.put("departments", site.departments());
        model.put("departmentNames", departmentNames());
        model.put("categories", Categories.FIRST_LEVEL);
        model.put("subStatuses", labels.subStatuses());
        model.put("replyTemplates", can.handle() ? replyTemplates.offered() : List.of());
        model.put("typedQuality", typed);
        model.put("draftQuality", checksReplies(viewer) ? draftQuality(c) : null);
        model.put("notAcceptedReasons", List.of("OUT_OF_SCOPE", "DUPLICATE", "ABUSIVE", "UNCLEAR",
                "LEGAL_PROCEEDINGS", "OTHER"));
        return pages.page(status, "cases/staff-case", viewer, model);
    }

    /** A reply template's text in the viewer's language; empty for an id that is not one offered. */
    public String replyTemplate(String id) {
        try {
            ReplyTemplateView t = replyTemplates.template(Long.parseLong(id == null ? "" : id.strip()));
            return viewers.current().pick(t.body(), t.bodyEn());
        } catch (NumberFormatException | BusinessException e) {
            return "";
        }
    }

    /** The roles that see reply-quality findings: the department's and the platform's reviewers. */
    private static boolean checksReplies(Viewer viewer) {
        return viewer.staff() != null && List.of(Roles.HANDLER, Roles.DEPT_ADMIN, Roles.REVIEWER, Roles.DISCIPLINE,
                Roles.ADMIN).stream().anyMatch(viewer.staff()::hasRole);
    }

    /** The findings on the draft under review, for the reviewer and the handler who wrote it. */
    private ReplyQualityReport draftQuality(CaseDetails c) {
        if (c.draftReply() == null || !"IN_REVIEW".equals(c.status())) {
            return null;
        }
        try {
            return replyQuality.check(c.id(), null);
        } catch (BusinessException e) {
            return null;
        }
    }

    private Map<String, DepartmentView> departmentNames() {
        Map<String, DepartmentView> names = new HashMap<>();
        site.departments().forEach(d -> names.put(d.code(), d));
        return names;
    }

    /** The case page again after a step, with the message {@code done}. */
    static String here(String id, String done) {
        return "/staff/cases/" + id + "?done=" + done;
    }

    /** The version the form was rendered with; a missing one fails like a stale one. */
    static long version(MultivaluedMap<String, String> form) {
        try {
            String v = form.getFirst("version");
            return v == null ? -1 : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

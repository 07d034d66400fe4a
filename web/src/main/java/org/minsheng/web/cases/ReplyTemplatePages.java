package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.cases.api.ReplyTemplateDraft;
import org.minsheng.cases.api.ReplyTemplateView;
import org.minsheng.cases.application.ReplyTemplateService;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.Viewer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The reply templates page (答复模板) of a department head (the department's templates) and of the
 * administrator (the shared ones): add, edit, delete; no JavaScript needed.
 */
@Path("/staff/reply-templates")
@RequestScoped
@RolesAllowed({Roles.DEPT_ADMIN, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ReplyTemplatePages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    ReplyTemplateService templates;

    @Context
    HttpServletRequest request;

    @GET
    public Response page() {
        return page(200, "", Map.of(), List.of(), null);
    }

    /** {@code action} is {@code create}, {@code update} or {@code delete} ({@code id} and {@code version} for the last two). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(MultivaluedMap<String, String> form) {
        String action = form.getFirst("action") == null ? "" : form.getFirst("action");
        String which = "create".equals(action) ? "new" : "t" + form.getFirst("id");
        Map<String, String> typed = form.keySet().stream()
                .collect(Collectors.toMap(k -> k, form::getFirst, (a, b) -> a));
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return page(403, which, typed, List.of(), "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            ReplyTemplateDraft draft = new ReplyTemplateDraft(form.getFirst("name"), form.getFirst("nameEn"),
                    form.getFirst("body"), form.getFirst("bodyEn"), number(form.getFirst("position")),
                    longOrNull(form.getFirst("version")));
            switch (action) {
                case "create" -> templates.create(draft);
                case "update" -> templates.update(id(form), draft);
                case "delete" -> templates.delete(id(form), draft.version());
                default -> {
                    return page(400, which, typed, List.of(), "未知的操作 / Unknown action");
                }
            }
            return Response.seeOther(URI.create("/staff/reply-templates?done=" + action)).build();
        } catch (ValidationFailed e) {
            return page(422, which, typed, e.errors(), null);
        } catch (BusinessException e) {
            return page(e instanceof org.minsheng.shared.error.Forbidden ? 403 : 409, which, typed, List.of(),
                    e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response page(int status, String failed, Map<String, String> typed, List<FieldError> errors,
                          String message) {
        Viewer viewer = viewers.current();
        List<ReplyTemplateView> offered = templates.offered();
        Map<String, Object> model = new HashMap<>();
        model.put("templates", offered);
        Set<Long> editable = editable(offered, viewer.staff());
        Map<String, Map<String, String>> formValues = new HashMap<>();
        for (ReplyTemplateView t : offered) {
            if (editable.contains(t.id())) {
                formValues.put("t" + t.id(), Map.of("name", t.name(), "nameEn", t.nameEn(), "body", t.body(),
                        "bodyEn", t.bodyEn(), "position", String.valueOf(t.position())));
            }
        }
        formValues.put("new", Map.of());
        if (!failed.isEmpty()) {
            formValues.put(failed, typed);
        }
        model.put("editable", editable);
        model.put("formValues", formValues);
        model.put("failed", failed);
        model.put("errors", errors);
        model.put("message", message);
        return pages.page(status, "cases/staff-reply-templates", viewer, model);
    }

    /** Ids the viewer may edit: the shared ones for the administrator, the department's for its head. */
    private static Set<Long> editable(List<ReplyTemplateView> offered, StaffPrincipal me) {
        boolean admin = me.hasRole(Roles.ADMIN);
        return offered.stream().filter(t -> admin || t.departmentCode() != null
                        && t.departmentCode().equals(me.departmentCode()) && me.hasRole(Roles.DEPT_ADMIN))
                .map(ReplyTemplateView::id).collect(Collectors.toSet());
    }

    private static long id(MultivaluedMap<String, String> form) {
        Long id = longOrNull(form.getFirst("id"));
        return id == null ? -1 : id;
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long longOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.minsheng.web.site;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.StaffService;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * Site administration (站点管理) for the administrator: departments, staff accounts with their roles
 * and department, and the workflow's progress labels. One page, three forms, no JavaScript needed.
 */
@Path("/staff/admin/site")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class SiteAdminPages {

    static final List<String> ROLES = List.of(Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR);
    static final List<String> STATUSES = List.of("HANDLING", "DISPATCHED", "IN_REVIEW", "AWAITING_SUPPLEMENT");

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    SiteService site;

    @EJB
    StaffService staff;

    @EJB
    SubStatusService labels;

    @Context
    HttpServletRequest request;

    @GET
    public Response page() {
        return page(200, "", Map.of(), List.of(), null);
    }

    /** {@code form} is {@code department}, {@code account} or {@code subStatus}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(MultivaluedMap<String, String> form) {
        String which = form.getFirst("form") == null ? "" : form.getFirst("form");
        Map<String, String> typed = form.keySet().stream().filter(k -> !k.equals("password"))
                .collect(Collectors.toMap(Function.identity(), k -> String.join(",", form.get(k))));
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return page(403, which, typed, List.of(), "页面已过期，请重新提交 / The page expired; submit again");
        }
        try {
            switch (which) {
                case "department" -> site.defineDepartment(form.getFirst("code"), form.getFirst("name"),
                        form.getFirst("nameEn"));
                case "account" -> staff.createAccount(form.getFirst("username"), form.getFirst("displayName"),
                        form.getFirst("password"), form.get("roles") == null ? List.of() : form.get("roles"),
                        form.getFirst("departmentCode"));
                case "subStatus" -> labels.defineSubStatus(form.getFirst("code"), form.getFirst("status"),
                        form.getFirst("labelZh"), form.getFirst("labelEn"));
                default -> {
                    return page(400, which, typed, List.of(), "未知的表单 / Unknown form");
                }
            }
            return Response.seeOther(URI.create("/staff/admin/site#" + which)).build();
        } catch (ValidationFailed e) {
            return page(422, which, typed, e.errors(), null);
        } catch (BusinessException e) {
            return page(409, which, typed, List.of(), e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response page(int status, String failedForm, Map<String, String> typed, List<FieldError> errors,
                          String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("departments", site.departments());
        model.put("accounts", staff.accounts());
        model.put("subStatuses", labels.subStatuses());
        model.put("roles", ROLES);
        model.put("statuses", STATUSES);
        model.put("failed", failedForm);
        model.put("typed", typed);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, Function.identity(),
                (a, b) -> a)));
        model.put("message", message);
        return pages.page(status, "site/staff-site", viewers.current(), model);
    }
}

package org.minsheng.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditView;
import org.minsheng.audit.application.AuditQueries;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.paging.Page;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The audit page ({@code /staff/audit}): a filter form that works without JavaScript (GET), the
 * records newest first, paging, and links to the CSV and Excel exports of the same filters.
 */
@Path("/staff/audit")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.DISCIPLINE})
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final int PAGE_SIZE = 50;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    AuditQueries queries;

    @GET
    public Response page(@QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("actor") String actor, @QueryParam("action") String action,
                         @QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId) {
        AuditFilters filters = new AuditFilters(from, to, actor, action, subjectType, subjectId);
        Map<String, Object> model = new HashMap<>();
        model.put("filters", filters);
        int status = 200;
        Page<AuditView> found;
        List<FieldError> errors = List.of();
        try {
            found = queries.search(filters.search(), pageNumber(page), PAGE_SIZE);
        } catch (ValidationFailed e) {
            status = 422;
            errors = e.errors();
            found = new Page<>(List.of(), 1, PAGE_SIZE, 0);
        }
        model.put("records", found);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream()
                .collect(Collectors.toMap(FieldError::field, Function.identity(), (a, b) -> a)));
        return pages.page(status, "audit/staff-audit", viewers.current(), model);
    }

    private static int pageNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

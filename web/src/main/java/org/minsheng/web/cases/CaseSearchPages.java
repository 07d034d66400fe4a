package org.minsheng.web.cases;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.application.CaseSearchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** The staff case search page {@code /staff/case-search}: a GET form, a page of cases, CSV and Excel links. */
@Path("/staff/case-search")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class CaseSearchPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    CaseSearchService search;

    @EJB
    SiteService site;

    @GET
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.ADMIN,
            Roles.DISCIPLINE})
    public Response page(@QueryParam("number") String number, @QueryParam("keyword") String keyword,
                         @QueryParam("mobile") String mobile, @QueryParam("department") String department,
                         @QueryParam("category") String category, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("page") @DefaultValue("1") int page) {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("number", number);
        criteria.put("keyword", keyword);
        criteria.put("mobile", mobile);
        criteria.put("department", department);
        criteria.put("category", category);
        criteria.put("from", from);
        criteria.put("to", to);
        Map<String, Object> model = new HashMap<>();
        model.put("criteria", criteria);
        model.put("query", query(criteria));
        model.put("found", search.search(number, keyword, mobile, department, category, from, to, page, 50));
        model.put("departmentList", site.departments());
        model.put("departments", site.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, Function.identity())));
        return pages.page(200, "cases/staff-case-search", viewers.current(), model);
    }

    /** The criteria as a query string (without the page), for the pager and the export links. */
    static String query(Map<String, String> criteria) {
        return criteria.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

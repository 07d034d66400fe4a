package org.minsheng.web.search;

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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.search.api.SearchQuery;
import org.minsheng.search.application.SearchService;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The public search page {@code /search?q=…&kind=&site=&department=&year=&page=}: a form that works
 * without JavaScript, hits with the matched words marked, facets as links, paging.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    static final int PAGE_SIZE = 10;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    SearchService search;

    @EJB
    SiteService site;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                           @QueryParam("site") String siteCode, @QueryParam("department") String department,
                           @QueryParam("year") String year, @QueryParam("page") @DefaultValue("1") int page) {
        SearchQuery query = SearchParameters.query(q, kind, siteCode, department, year, page, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("q", query.text());
        model.put("query", query);
        model.put("results", search.search(query));
        model.put("links", SearchParameters.links(query));
        model.put("departments", site.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, Function.identity())));
        return pages.page(200, "search/search", viewers.current(), model);
    }
}

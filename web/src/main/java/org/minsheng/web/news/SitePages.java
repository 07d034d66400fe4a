package org.minsheng.web.news;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.minsheng.news.application.NewsQueries;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** A department's sub-site (/sites/{department code}): the same platform, its own columns and the ones shared with it. */
@Path("/sites")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SitePages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    NewsQueries news;

    @GET
    public Response list() {
        return pages.page(200, "news/sites", viewers.current(), Map.of("sites", news.sites()));
    }

    @GET
    @Path("{code: [a-z0-9-]{1,40}}")
    public Response site(@PathParam("code") String code) {
        return pages.page(200, "news/site", viewers.current(), Map.of("front", news.front(code)));
    }
}

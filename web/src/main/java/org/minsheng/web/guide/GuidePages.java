package org.minsheng.web.guide;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.guide.application.GuideQueries;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** Service guides (办事指南) for residents: by department and by life event, and each guide in full. */
@Path("/guides")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class GuidePages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    GuideQueries guides;

    @EJB
    SiteDirectory site;

    @GET
    public Response list(@QueryParam("department") String department, @QueryParam("event") String event) {
        Map<String, Object> model = new HashMap<>();
        model.put("guides", guides.published(department, event));
        model.put("events", guides.lifeEvents());
        model.put("departments", site.departments().stream().filter(d -> !d.platform()).toList());
        model.put("department", department == null ? "" : department);
        model.put("event", event == null ? "" : event);
        return pages.page(200, "guide/list", viewers.current(), model);
    }

    @GET
    @Path("{id}")
    public Response guide(@PathParam("id") long id) {
        return pages.page(200, "guide/guide", viewers.current(), Map.of("g", guides.guide(id)));
    }
}

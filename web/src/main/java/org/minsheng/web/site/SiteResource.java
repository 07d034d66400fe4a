package org.minsheng.web.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.application.SiteService;

/** Public reference data: leaders (mailboxes) and departments. */
@Path("/api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @EJB
    SiteService site;

    @GET
    @Path("leaders")
    public List<LeaderView> leaders() {
        return site.leaders();
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments() {
        return site.departments();
    }
}

package org.minsheng.web.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.OpenApiConventions;

/** Public reference data: leaders (mailboxes) and departments. */
@Path("/api")
@Tag(name = OpenApiConventions.SITE)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @EJB
    SiteService site;

    @GET
    @Operation(summary = "The leaders residents can write to (领导信箱)")
    @APIResponse(responseCode = "200", description = "The leaders")
    @Path("leaders")
    public List<LeaderView> leaders() {
        return site.leaders();
    }

    @GET
    @Operation(summary = "The departments")
    @APIResponse(responseCode = "200", description = "The departments")
    @Path("departments")
    public List<DepartmentView> departments() {
        return site.departments();
    }
}

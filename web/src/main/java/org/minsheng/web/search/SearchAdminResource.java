package org.minsheng.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.search.api.ReindexReport;
import org.minsheng.search.api.SearchSourceView;
import org.minsheng.search.application.SearchReindex;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The administrator's rebuild of search under {@code /api/staff/search}: the kinds offered, and a
 * rebuild of one kind at a time ({@code bin/minsheng search reindex} walks them, printing progress).
 */
@Path("/api/staff/search")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = OpenApiConventions.SEARCH)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @EJB
    SearchReindex reindex;

    @GET
    @Path("sources")
    @Operation(summary = "The kinds of content offered to search",
            description = "Each kind a feature offers, with the number of entries search holds of it now.")
    @APIResponse(responseCode = "200", description = "The kinds")
    public List<SearchSourceView> sources() {
        return reindex.sources();
    }

    @POST
    @Path("reindex/{kind}")
    @Operation(summary = "Rebuild one kind from its source",
            description = "Stores and indexes again every document the owning feature publishes now, and removes"
                    + " entries it no longer publishes. Audited. Answers when done.")
    @APIResponse(responseCode = "200", description = "What was indexed and removed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No source of that kind")
    public ReindexReport reindex(@PathParam("kind") String kind) {
        return reindex.reindex(kind);
    }
}

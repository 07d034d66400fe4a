package org.minsheng.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.search.api.SearchResults;
import org.minsheng.search.application.SearchService;
import org.minsheng.web.platform.OpenApiConventions;

/** Public full-text search: {@code GET /api/search?q=…&kind=&site=&department=&year=&page=&size=}. */
@Path("/api/search")
@Tag(name = OpenApiConventions.SEARCH)
@RequestScoped
public class SearchResource {

    @EJB
    SearchService search;

    @GET
    @Operation(summary = "Search what the portal publishes",
            description = "Chinese full-text search over published answers, FAQ entries and, as those features"
                    + " publish, news, service guides and disclosure documents. Hits are ranked by relevance (title"
                    + " first); title and snippet come as fragments with the matched words marked (match: true)."
                    + " Facets count all hits per kind, site, department and year. A blank q finds nothing.")
    @Parameter(name = "q", description = "The words, at most 100 characters (longer is cut)")
    @Parameter(name = "kind", description = "Only this kind", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"NEWS", "GUIDE", "DISCLOSURE", "ANSWER", "FAQ"}))
    @Parameter(name = "site", description = "Only this site: portal, or a department's code for its sub-site")
    @Parameter(name = "department", description = "Only this department's code (see GET /api/departments)")
    @Parameter(name = "year", description = "Only documents published in this year (four digits)")
    @Parameter(name = "page", description = "The page, from 1 (smaller values count as 1)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", description = "Hits per page, at most 50 (larger values count as 50)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
    @APIResponse(responseCode = "200", description = "One page of hits with the facets")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "page or size is not a whole number")
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResults search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                @QueryParam("site") String site, @QueryParam("department") String department,
                                @QueryParam("year") String year, @QueryParam("page") @DefaultValue("1") int page,
                                @QueryParam("size") @DefaultValue("10") int size) {
        return search.search(SearchParameters.query(q, kind, site, department, year, page, size));
    }
}

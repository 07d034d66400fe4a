package org.minsheng.web.news;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.NewColumn;
import org.minsheng.news.api.NewTopic;
import org.minsheng.news.api.SiteView;
import org.minsheng.news.api.TopicView;
import org.minsheng.news.application.NewsSetup;
import org.minsheng.web.platform.OpenApiConventions;

/** The administrator sets up sites (the portal and departments' sub-sites), columns and special topics. */
@Path("/api/admin/news")
@Tag(name = OpenApiConventions.NEWS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsSetupResource {

    @Schema(name = "NewSite", description = "A site: 'portal' or a department's code", requiredProperties = "code",
            properties = @SchemaProperty(name = "code", description = "portal, or a department code (GET /api/departments)"))
    public record NewSite(String code) {
    }

    @Schema(name = "NewColumn", description = "A column of a site", requiredProperties = {"slug", "nameZh", "nameEn"},
            properties = {
                    @SchemaProperty(name = "slug", pattern = "[a-z0-9-]{1,40}"),
                    @SchemaProperty(name = "nameZh", maxLength = 60),
                    @SchemaProperty(name = "nameEn", maxLength = 120),
                    @SchemaProperty(name = "reviewLevels", minimum = "1", maximum = "3",
                            description = "Sign-offs before publication; 2 when absent"),
                    @SchemaProperty(name = "staleAfterDays", minimum = "1", maximum = "365",
                            description = "Days without a new article before the column counts as stale; 14 when absent"),
                    @SchemaProperty(name = "sharedWith", description = "Other sites that show this column")})
    public record ColumnForm(String slug, String nameZh, String nameEn, Integer reviewLevels, Integer staleAfterDays,
                             List<String> sharedWith) {
    }

    @Schema(name = "NewTopic", description = "A special topic (专题) with curated slots",
            requiredProperties = {"slug", "siteCode", "title", "bannerText", "introduction", "slots"},
            properties = {
                    @SchemaProperty(name = "slug", pattern = "[a-z0-9-]{1,40}"),
                    @SchemaProperty(name = "title", maxLength = 100),
                    @SchemaProperty(name = "bannerText", maxLength = 200),
                    @SchemaProperty(name = "introduction", maxLength = 2000),
                    @SchemaProperty(name = "slots", minItems = 1, description = "kind LEAD (target: article id), COLUMN"
                            + " (column id), LINK, INTERVIEW or HEARING (a path on this site or an https address)")})
    public record TopicForm(String slug, String siteCode, String title, String bannerText, Long bannerImageId,
                            String introduction, List<NewTopic.NewSlot> slots) {
    }

    @EJB
    NewsSetup setup;

    @POST
    @Path("sites")
    @Operation(summary = "Create a site with the default columns (要闻, 部门动态, 通知公告, 专题)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public Response createSite(NewSite site) {
        SiteView created = setup.createSite(site == null ? null : site.code());
        return Response.created(URI.create(created.path())).entity(created).build();
    }

    @POST
    @Path("sites/{code}/columns")
    @Operation(summary = "Add a column to a site")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ColumnView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public Response addColumn(@PathParam("code") String code, ColumnForm c) {
        ColumnView created = setup.addColumn(code, c == null ? new NewColumn(null, null, null, null, null, null)
                : new NewColumn(c.slug(), c.nameZh(), c.nameEn(), c.reviewLevels(), c.staleAfterDays(), c.sharedWith()));
        return Response.created(URI.create(created.path())).entity(created).build();
    }

    @POST
    @Path("topics")
    @Operation(summary = "Create a special topic")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public Response createTopic(TopicForm t) {
        TopicView created = setup.createTopic(t == null ? new NewTopic(null, null, null, null, null, null, null)
                : new NewTopic(t.slug(), t.siteCode(), t.title(), t.bannerText(), t.bannerImageId(), t.introduction(),
                t.slots()));
        return Response.created(URI.create(created.path())).entity(created).build();
    }
}

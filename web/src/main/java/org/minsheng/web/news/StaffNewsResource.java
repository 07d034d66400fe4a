package org.minsheng.web.news;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ArticleDraft;
import org.minsheng.news.api.ArticleSummary;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.StaleColumn;
import org.minsheng.news.api.VersionDiff;
import org.minsheng.news.api.VersionView;
import org.minsheng.news.application.ArticleEditing;
import org.minsheng.news.application.ArticleReview;
import org.minsheng.news.application.StaffNewsQueries;
import org.minsheng.news.application.StalenessMonitor;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;
import org.minsheng.web.platform.Uploads;

/** The editorial chain over REST: drafts, revisions, submission, sign-offs, withdrawal, versions and images. */
@Path("/api/staff/news")
@Tag(name = OpenApiConventions.NEWS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffNewsResource {

    @Schema(name = "ArticleForm", description = "An article as the editor writes it",
            requiredProperties = {"columnId", "title", "body"},
            properties = {
                    @SchemaProperty(name = "columnId", description = "The column (see GET /api/staff/news/columns)"),
                    @SchemaProperty(name = "title", minLength = 1, maxLength = 200),
                    @SchemaProperty(name = "subtitle", maxLength = 200),
                    @SchemaProperty(name = "source", maxLength = 100,
                            description = "Where it comes from; the site's name when blank, required for a repost"),
                    @SchemaProperty(name = "repostUrl", maxLength = 500, description = "The original's address"),
                    @SchemaProperty(name = "author", maxLength = 60),
                    @SchemaProperty(name = "body", description = "Rich text (HTML), cleaned by the allow-list: no"
                            + " scripts, event handlers, styles; images only uploaded ones (/news/images/{id})"),
                    @SchemaProperty(name = "coverImageId", description = "An uploaded image of the same site"),
                    @SchemaProperty(name = "tags", maxItems = 10),
                    @SchemaProperty(name = "pinned", description = "Shown first in its column"),
                    @SchemaProperty(name = "publishAt", description = "Not public before; at once when absent"),
                    @SchemaProperty(name = "expireAt", description = "Leaves the site then")})
    public record ArticleForm(Long columnId, String title, String subtitle, String source, String repostUrl,
                              String author, String body, Long coverImageId, List<String> tags, Boolean pinned,
                              Instant publishAt, Instant expireAt) {

        ArticleDraft draft() {
            return new ArticleDraft(columnId, title, subtitle, source, repostUrl, author, body, coverImageId, tags,
                    pinned, publishAt, expireAt);
        }
    }

    @Schema(name = "ReviewComment", description = "A review comment; required to send back or withdraw",
            requiredProperties = "comment",
            properties = @SchemaProperty(name = "comment", maxLength = 1000))
    public record ReviewComment(String comment) {
    }

    @Schema(name = "NewsImageCreated", description = "The uploaded image's id and address")
    public record ImageCreated(long id, String url) {
    }

    @EJB
    ArticleEditing editing;

    @EJB
    ArticleReview review;

    @EJB
    StaffNewsQueries queries;

    @EJB
    StalenessMonitor staleness;

    @GET
    @Path("columns")
    @Operation(summary = "The columns of the sites the caller works on")
    @APIResponse(responseCode = "200", description = "Columns")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<ColumnView> columns() {
        return queries.columns();
    }

    @GET
    @Path("articles")
    @Operation(summary = "Articles of the caller's sites, newest first",
            description = "status: DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, EXPIRED or WITHDRAWN; all when absent.")
    @APIResponse(responseCode = "200", description = "Up to 200 articles")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<ArticleSummary> articles(@QueryParam("status") String status) {
        return queries.desk(status);
    }

    @POST
    @Path("articles")
    @Operation(summary = "Draft an article", description = "Saved as revision 1; not public.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Not an editor of that site")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(ArticleForm form) {
        ArticleView created = editing.create(form == null ? null : form.draft());
        return Response.created(URI.create("/api/staff/news/articles/" + created.id())).entity(created).build();
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "An article with its editorial record")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public ArticleView article(@PathParam("id") long id) {
        return queries.article(id);
    }

    @PUT
    @Path("articles/{id}")
    @Operation(summary = "Save a new revision", description = "Only a draft, a withdrawn or an expired article;"
            + " version is the article's version as read (409 when it changed meanwhile).")
    @APIResponse(responseCode = "200", description = "The new revision")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ArticleView revise(@PathParam("id") long id, @QueryParam("version") Long version, ArticleForm form) {
        if (version == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "请提供读取时的版本号", "Give the version you read")));
        }
        return editing.revise(id, version, form == null ? null : form.draft());
    }

    @POST
    @Path("articles/{id}/submit")
    @Operation(summary = "Submit a draft for review")
    @APIResponse(responseCode = "200", description = "In review")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ArticleView submit(@PathParam("id") long id) {
        return editing.submit(id);
    }

    @POST
    @Path("articles/{id}/approve")
    @Operation(summary = "Sign off the next review level",
            description = "Each level by a different approver of the site's department (or the administrator); the"
                    + " last one publishes at once or at the publishing time.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = ReviewComment.class)))
    @APIResponse(responseCode = "200", description = "Approved at this level, scheduled or published")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public ArticleView approve(@PathParam("id") long id, ReviewComment comment) {
        return review.approve(id, comment == null ? null : comment.comment());
    }

    @POST
    @Path("articles/{id}/reject")
    @Operation(summary = "Send back to the editor with a comment")
    @APIResponse(responseCode = "200", description = "Back in draft")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public ArticleView reject(@PathParam("id") long id, ReviewComment comment) {
        return review.reject(id, comment == null ? null : comment.comment());
    }

    @POST
    @Path("articles/{id}/withdraw")
    @Operation(summary = "Take a published or scheduled article off the site")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public ArticleView withdraw(@PathParam("id") long id, ReviewComment comment) {
        return review.withdraw(id, comment == null ? null : comment.comment());
    }

    @GET
    @Path("articles/{id}/versions")
    @Operation(summary = "Every saved revision")
    @APIResponse(responseCode = "200", description = "Revisions, oldest first")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<VersionView> versions(@PathParam("id") long id) {
        return queries.versions(id);
    }

    @GET
    @Path("articles/{id}/diff")
    @Operation(summary = "What changed between two revisions")
    @APIResponse(responseCode = "200", description = "Lines: SAME, ADDED, REMOVED")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public VersionDiff diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return queries.diff(id, from, to);
    }

    @POST
    @Path("sites/{site}/images")
    @Operation(summary = "Upload an image for a site's articles",
            description = "Checked like attachments (JPEG or PNG by content, metadata removed); alt describes it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"file", "alt"},
                    properties = {
                            @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                                    description = "One JPEG or PNG, at most the attachment limit"),
                            @SchemaProperty(name = "alt", type = SchemaType.STRING, maxLength = 200,
                                    description = "What the image shows, for screen readers")})))
    @APIResponse(responseCode = "201", description = "Stored; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImageCreated.class)))
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImage(@PathParam("site") String site, List<EntityPart> parts) throws IOException {
        Uploads.UploadedFile file = Uploads.file(parts, editing.maxImageBytes());
        String alt = Uploads.text(parts, "alt", 800);
        long id = editing.uploadImage(site, alt, file.fileName(), file.declaredType(), file.content());
        String url = "/news/images/" + id;
        return Response.created(URI.create(url)).entity(new ImageCreated(id, url)).build();
    }

    @GET
    @Path("staleness")
    @Operation(summary = "Columns of the caller's sites not updated within their period")
    @APIResponse(responseCode = "200", description = "Stale columns, longest silent first")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
    public List<StaleColumn> staleness() {
        return staleness.staleColumns();
    }

    @Schema(name = "StaleNotice", description = "How many stale columns were reported to their editors")
    public record StaleNotice(int columns) {
    }

    @POST
    @Path("staleness/notify")
    @Operation(summary = "Tell the editors of stale columns now",
            description = "Runs every morning by itself; a column is reported once per stale period.")
    @APIResponse(responseCode = "200", description = "Reported",
            content = @Content(schema = @Schema(implementation = StaleNotice.class)))
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public StaleNotice notifyStale() {
        return new StaleNotice(staleness.notifyEditors());
    }
}

package org.minsheng.web.news;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minsheng.identity.api.Roles;
import org.minsheng.news.api.ArticleDraft;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.application.ArticleEditing;
import org.minsheng.news.application.ArticleReview;
import org.minsheng.news.application.StaffNewsQueries;
import org.minsheng.news.application.StalenessMonitor;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.time.CityTime;
import org.minsheng.web.platform.pages.FormState;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The editors' and approvers' desk (新闻编审): articles by status, the writing form, an article with
 * its editorial record, the review actions, versions with their differences, and stale columns.
 */
@Path("/staff/news")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class StaffNewsPages {

    private static final String EXPIRED = "页面已过期，请重新提交 / The page expired; submit again";

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    StaffNewsQueries queries;

    @EJB
    ArticleEditing editing;

    @EJB
    ArticleReview review;

    @EJB
    StalenessMonitor staleness;

    @Context
    HttpServletRequest request;

    @GET
    public Response desk(@QueryParam("status") @DefaultValue("") String status) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("articles", queries.desk(status.isBlank() ? null : status));
        model.put("columns", queries.columns());
        return pages.page(200, "news/staff-desk", viewers.current(), model);
    }

    @GET
    @Path("new")
    public Response writeForm(@QueryParam("column") Long column) {
        return form(200, null, FormState.NONE, column, null);
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return form(403, null, FormState.NONE, null, EXPIRED);
        }
        try {
            ArticleView created = editing.create(draft(form));
            return Response.seeOther(URI.create("/staff/news/articles/" + created.id())).build();
        } catch (ValidationFailed e) {
            return form(422, null, FormState.failed("article", e.errors(), form), null, null);
        }
    }

    @GET
    @Path("articles/{id: \\d+}")
    public Response article(@PathParam("id") long id, @QueryParam("done") String done) {
        return form(200, queries.article(id), FormState.NONE, null, done == null ? null : "done");
    }

    @POST
    @Path("articles/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, form, "article", f -> {
            Long version = parseLong(f.getFirst("version"));
            return editing.revise(id, version == null ? -1 : version, draft(f));
        });
    }

    @POST
    @Path("articles/{id: \\d+}/{step: submit|approve|reject|withdraw}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") long id, @PathParam("step") String step,
                         MultivaluedMap<String, String> form) {
        String comment = form.getFirst("comment");
        return act(id, form, step, f -> switch (step) {
            case "submit" -> editing.submit(id);
            case "approve" -> review.approve(id, comment);
            case "reject" -> review.reject(id, comment);
            default -> review.withdraw(id, comment);
        });
    }

    @GET
    @Path("articles/{id: \\d+}/diff")
    public Response diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", queries.article(id));
        model.put("diff", queries.diff(id, from, to));
        return pages.page(200, "news/staff-diff", viewers.current(), model);
    }

    @GET
    @Path("staleness")
    public Response staleness() {
        return pages.page(200, "news/staff-staleness", viewers.current(),
                Map.of("stale", staleness.staleColumns()));
    }

    private Response act(long id, MultivaluedMap<String, String> form, String name,
                         Function<MultivaluedMap<String, String>, ArticleView> action) {
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return form(403, queries.article(id), FormState.NONE, null, EXPIRED);
        }
        try {
            action.apply(form);
            return Response.seeOther(URI.create("/staff/news/articles/" + id + "?done=" + name)).build();
        } catch (ValidationFailed e) {
            return form(422, queries.article(id), FormState.failed(name, e.errors(), form), null, null);
        } catch (BusinessException e) {
            if ("not-found".equals(e.type())) {
                throw e;
            }
            return form(e.type().equals("forbidden") ? 403 : 409, queries.article(id), FormState.NONE, null,
                    e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response form(int status, ArticleView article, FormState state, Long column, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", article);
        model.put("form", state);
        model.put("columns", queries.columns());
        model.put("column", column);
        model.put("message", message);
        model.put("versions", article == null ? List.of() : queries.versions(article.id()));
        return pages.page(status, article == null ? "news/staff-write" : "news/staff-article", viewers.current(), model);
    }

    /** The form's fields as a draft; times are the city's local times, unparseable ones are field errors. */
    private static ArticleDraft draft(MultivaluedMap<String, String> f) {
        List<FieldError> errors = new ArrayList<>();
        Instant publishAt = time(f.getFirst("publishAt"), "publishAt", errors);
        Instant expireAt = time(f.getFirst("expireAt"), "expireAt", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        String tags = f.getFirst("tags");
        String cover = f.getFirst("coverImageId");
        return new ArticleDraft(parseLong(f.getFirst("columnId")), f.getFirst("title"), f.getFirst("subtitle"),
                f.getFirst("source"), f.getFirst("repostUrl"), f.getFirst("author"), f.getFirst("body"),
                cover == null || cover.isBlank() ? null : parseLong(cover),
                tags == null ? List.of() : Arrays.stream(tags.split("[,，、\\s]+")).toList(),
                "on".equals(f.getFirst("pinned")), publishAt, expireAt);
    }

    private static Instant time(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(CityTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "时间格式应为 yyyy-MM-ddTHH:mm", "Enter the time as yyyy-MM-ddTHH:mm"));
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}

package org.minsheng.web.news;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.integrity.api.PublishedContent;
import org.minsheng.news.api.ArticleView;
import org.minsheng.news.api.ColumnView;
import org.minsheng.news.api.NewsImageContent;
import org.minsheng.news.application.NewsQueries;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** The portal's news (/news), its columns with paging, articles, special topics, images and feeds. */
@Path("/news")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class NewsPages {

    static final String PORTAL = "portal";
    private static final int PAGE_SIZE = 15;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    NewsQueries news;

    @EJB
    PublishedContent integrity;

    @Context
    UriInfo uri;

    @GET
    public Response portal() {
        return pages.page(200, "news/site", viewers.current(), Map.of("front", news.front(PORTAL)));
    }

    @GET
    @Path("columns/{id: \\d+}")
    public Response column(@PathParam("id") long id, @QueryParam("page") @DefaultValue("1") int page) {
        ColumnView column = news.column(id);
        Map<String, Object> model = new HashMap<>();
        model.put("column", column);
        model.put("list", news.columnPage(id, page, PAGE_SIZE));
        return pages.page(200, "news/column", viewers.current(), model);
    }

    @GET
    @Path("articles/{id: \\d+}")
    public Response article(@PathParam("id") long id) {
        ArticleView article = news.article(id);
        Map<String, Object> model = new HashMap<>();
        model.put("a", article);
        model.put("contentHash", integrity.expectedHash(PublishedContent.NEWS, String.valueOf(id)).orElse(null));
        return pages.page(200, "news/article", viewers.current(), model);
    }

    @GET
    @Path("topics/{slug: [a-z0-9-]{1,40}}")
    public Response topic(@PathParam("slug") String slug) {
        return pages.page(200, "news/topic", viewers.current(), Map.of("topic", news.topic(slug)));
    }

    /** An uploaded image; immutable once stored, so it may be cached. */
    @GET
    @Path("images/{id: \\d+}")
    @Produces({"image/jpeg", "image/png"})
    public Response image(@PathParam("id") long id) {
        NewsImageContent image = news.image(id);
        return Response.ok(image.content(), image.contentType())
                .header("Cache-Control", "public, max-age=86400, immutable")
                .header("ETag", "\"" + image.sha256() + "\"")
                .build();
    }

    @GET
    @Path("columns/{id: \\d+}/feed.rss")
    @Produces("application/rss+xml")
    public Response rss(@PathParam("id") long id) {
        return feed(id, "rss_2.0", "application/rss+xml");
    }

    @GET
    @Path("columns/{id: \\d+}/feed.atom")
    @Produces("application/atom+xml")
    public Response atom(@PathParam("id") long id) {
        return feed(id, "atom_1.0", "application/atom+xml");
    }

    private Response feed(long id, String type, String mediaType) {
        ColumnView column = news.column(id);
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        String xml = NewsFeeds.write(type, column, news.columnPage(id, 1, NewsFeeds.ENTRIES).items(),
                id2 -> news.article(id2), base);
        return Response.ok(xml, mediaType + ";charset=UTF-8").header("Cache-Control", "public, max-age=300").build();
    }
}

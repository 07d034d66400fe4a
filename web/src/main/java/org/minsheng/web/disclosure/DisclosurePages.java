package org.minsheng.web.disclosure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.disclosure.api.DocumentView;
import org.minsheng.disclosure.application.DisclosureCatalogue;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The public disclosure pages (政府信息公开): the catalogue by body, topic, genre and year with a
 * search by title, 文号 and text; a document's page with its metadata table; downloads.
 */
@Path("/disclosure")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class DisclosurePages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    DisclosureCatalogue catalogue;

    @EJB
    SiteDirectory site;

    @GET
    public Response catalogue(@QueryParam("body") String body, @QueryParam("topic") String topic,
                              @QueryParam("genre") String genre, @QueryParam("year") String year,
                              @QueryParam("q") String q, @QueryParam("page") @DefaultValue("1") int page) {
        Map<String, Object> model = new HashMap<>();
        model.put("bodies", catalogue.bodies());
        model.put("classes", catalogue.classes());
        model.put("body", body == null ? "" : body);
        model.put("topic", topic == null ? "" : topic);
        model.put("genre", genre == null ? "" : genre);
        model.put("year", year == null ? "" : year);
        model.put("q", q == null ? "" : q);
        model.put("years", java.util.stream.IntStream.rangeClosed(2020, java.time.Year.now().getValue() + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        int status = 200;
        try {
            Integer y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
            model.put("result", catalogue.catalogue(body, topic, genre, y, q, page));
            model.put("errors", java.util.List.of());
        } catch (NumberFormatException e) {
            status = 422;
            model.put("errors", java.util.List.of(new org.minsheng.shared.error.FieldError("year", "年份应为数字",
                    "The year is a number")));
        } catch (ValidationFailed e) {
            status = 422;
            model.put("errors", e.errors());
        }
        return pages.page(status, "disclosure/catalogue", viewers.current(), model);
    }

    @GET
    @Path("documents/{id: \\d+}")
    public Response document(@PathParam("id") long id) {
        DocumentView d = catalogue.document(id);
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("body", site.department(d.bodyCode()).orElse(null));
        return pages.page(200, "disclosure/document", viewers.current(), model);
    }

    @GET
    @Path("documents/{id: \\d+}/attachments/{attachmentId: \\d+}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return DisclosureFiles.download(catalogue.attachment(id, attachmentId));
    }
}

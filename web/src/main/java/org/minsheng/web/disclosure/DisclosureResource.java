package org.minsheng.web.disclosure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.disclosure.api.CataloguePage;
import org.minsheng.disclosure.api.DisclosureBodyView;
import org.minsheng.disclosure.api.DisclosureClassView;
import org.minsheng.disclosure.api.DocumentView;
import org.minsheng.disclosure.application.DisclosureCatalogue;
import org.minsheng.web.platform.OpenApiConventions;

/** The public disclosure catalogue under {@code /api/disclosure}: no sign-in, published documents only. */
@Path("/api/disclosure")
@RequestScoped
@Tag(name = OpenApiConventions.DISCLOSURE)
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

    @EJB
    DisclosureCatalogue catalogue;

    @GET
    @Path("documents")
    @Operation(summary = "Browse and search the catalogue",
            description = "Published documents, newest first, 20 a page; narrowed by body (department code), topic"
                    + " and genre (classification codes), year of publication, and words found in the title, the"
                    + " document number (文号) or the text.")
    @APIResponse(responseCode = "200", description = "One page of the catalogue")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public CataloguePage documents(@QueryParam("body") String body, @QueryParam("topic") String topic,
                                   @QueryParam("genre") String genre, @QueryParam("year") Integer year,
                                   @QueryParam("q") String q, @QueryParam("page") @DefaultValue("1") int page) {
        return catalogue.catalogue(body, topic, genre, year, q, page);
    }

    @GET
    @Path("documents/{id}")
    @Operation(summary = "A published document with its metadata, links and files")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such published document")
    public DocumentView document(@PathParam("id") long id) {
        return catalogue.document(id);
    }

    @GET
    @Path("index-numbers")
    @Operation(summary = "A published document by its catalogue number (索引号)",
            description = "The number is written <organisation code>/<year>-<5 digits>, e.g. 11430700MB0000001X/2026-00001.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such published document")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "Not a catalogue number")
    public DocumentView byIndexNumber(@QueryParam("number") String number) {
        return catalogue.byIndexNumber(number);
    }

    @GET
    @Path("documents/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a published document")
    @APIResponse(responseCode = "200", description = "The file (PDF, OFD, JPEG or PNG)")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such file")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return DisclosureFiles.download(catalogue.attachment(id, attachmentId));
    }

    @GET
    @Path("classes")
    @Operation(summary = "The classification: topics (主题分类) and genres (体裁)")
    @APIResponse(responseCode = "200", description = "Every topic and genre")
    public List<DisclosureClassView> classes() {
        return catalogue.classes();
    }

    @GET
    @Path("bodies")
    @Operation(summary = "The disclosing bodies", description = "The city government first, then the departments.")
    @APIResponse(responseCode = "200", description = "Every body with its organisation code and publisher")
    public List<DisclosureBodyView> bodies() {
        return catalogue.bodies();
    }
}

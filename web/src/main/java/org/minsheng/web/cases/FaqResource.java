package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minsheng.cases.api.FaqView;
import org.minsheng.cases.application.FaqService;

/**
 * Frequently asked questions: {@code GET /api/faq?q=…} finds entries like a question before it is
 * asked; {@code POST /api/staff/cases/{id}/faq} turns an answered consultation into one.
 */
@Path("/api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FaqResource {

    public record Entry(String question, String answer) {
    }

    @EJB
    FaqService faq;

    @GET
    @Path("faq")
    public List<FaqView> similar(@QueryParam("q") String question, @QueryParam("limit") @DefaultValue("5") int limit) {
        return faq.similarTo(question, limit);
    }

    @POST
    @Path("staff/cases/{id}/faq")
    @RolesAllowed({"reviewer", "dept-admin", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("id") String caseId, Entry entry) {
        Entry e = entry == null ? new Entry(null, null) : entry;
        return Response.status(201).entity(faq.publish(caseId, e.question(), e.answer())).build();
    }
}

package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.minsheng.cases.api.FaqView;
import org.minsheng.cases.application.FaqService;

/**
 * Frequently asked questions: {@code GET /api/faq?q=…} finds entries like a question before it is
 * asked ({@code POST /api/staff/cases/{id}/faq} in {@link StaffCaseResource} makes one).
 */
@Path("/api/faq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FaqResource {

    @EJB
    FaqService faq;

    @GET
    public List<FaqView> similar(@QueryParam("q") String question, @QueryParam("limit") @DefaultValue("5") int limit) {
        return faq.similarTo(question, limit);
    }
}

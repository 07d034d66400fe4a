package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.CaseService;
import org.minsheng.shared.error.NotFound;

/**
 * A resident's look-up by tracking number and query code. POST keeps the code out of URLs and
 * logs; a wrong code and an unknown number get the same 404.
 */
@Path("/api/cases/lookup")
@RequestScoped
public class CaseLookupResource {

    public record Lookup(String trackingNumber, String queryCode) {
    }

    @EJB
    CaseService cases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDetails lookup(Lookup lookup) {
        if (lookup == null) {
            throw notFound();
        }
        return cases.lookup(trim(lookup.trackingNumber()), trim(lookup.queryCode())).orElseThrow(CaseLookupResource::notFound);
    }

    static NotFound notFound() {
        return new NotFound("查询编号或查询码不正确", "Tracking number or query code is wrong");
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}

package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.ResidentCaseService;

/**
 * What a resident does with their case, proving it is theirs with the query code: rate the answer
 * (five levels; the two lowest reopen it), supply requested material, ask a follow-up question.
 * A wrong code gets the same 404 as an unknown number.
 */
@Path("/api/cases/{trackingNumber}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ResidentCaseResource {

    public record Rating(String queryCode, Integer score, String comment) {
    }

    public record Text(String queryCode, String text) {
    }

    @EJB
    ResidentCaseService cases;

    @POST
    @Path("rating")
    public CaseDetails rate(@PathParam("trackingNumber") String number, Rating rating) {
        Rating r = rating == null ? new Rating(null, null, null) : rating;
        return cases.rate(number, r.queryCode(), r.score(), r.comment()).orElseThrow(CaseLookupResource::notFound);
    }

    @POST
    @Path("supplement")
    public CaseDetails supplement(@PathParam("trackingNumber") String number, Text text) {
        Text t = text == null ? new Text(null, null) : text;
        return cases.supplement(number, t.queryCode(), t.text()).orElseThrow(CaseLookupResource::notFound);
    }

    @POST
    @Path("follow-up")
    public CaseDetails followUp(@PathParam("trackingNumber") String number, Text text) {
        Text t = text == null ? new Text(null, null) : text;
        return cases.followUp(number, t.queryCode(), t.text()).orElseThrow(CaseLookupResource::notFound);
    }
}

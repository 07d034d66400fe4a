package org.minsheng.web.poll;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.poll.api.PollResponse;
import org.minsheng.poll.api.PollResults;
import org.minsheng.poll.api.PollSummary;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.ResponseReceipt;
import org.minsheng.poll.application.PollAnswering;
import org.minsheng.poll.application.PollTallies;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The public poll API. Anonymous respondents are told apart by the {@code ms_poll_device} cookie
 * this API sets; a client that keeps cookies answers a DEVICE poll once.
 */
@Path("/api/polls")
@Tag(name = OpenApiConventions.POLL)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

    @EJB
    PollAnswering answering;

    @EJB
    PollTallies tallies;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Operation(summary = "Open and closed polls", description = "Polls not yet open are not listed.")
    @APIResponse(responseCode = "200", description = "The polls, the latest opening first")
    public List<PollSummary> list() {
        return answering.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A poll with its questions",
            description = "Says whether the caller (their resident account, or the device cookie) has answered and"
                    + " may see the results; when the caller's network address has given more responses than the"
                    + " poll allows, carries a new challenge whose id and answer the response must include.")
    @APIResponse(responseCode = "200", description = "The poll")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public PollView poll(@PathParam("id") String id) {
        return answering.poll(id, Respondents.of(request, response));
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a poll",
            description = "One response per resident account (ACCOUNT polls) or per device cookie (DEVICE polls)."
                    + " The whole response is checked first (unknown questions or options, too many choices,"
                    + " ratings outside 1–5, incomplete rankings, texts over 500 characters, missing required"
                    + " answers: each a field error named q<number>); nothing is stored unless all is right."
                    + " Who answered and what was answered are stored apart, with nothing linking them.")
    @APIResponse(responseCode = "201", description = "Counted",
            content = @Content(schema = @Schema(implementation = ResponseReceipt.class)))
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN,
            description = "An ACCOUNT poll and no resident signed in, or no device cookie")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT,
            description = "The poll is not open, or the caller has already answered")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public Response answer(@PathParam("id") String id, PollResponse body) {
        PollResponse r = body == null ? new PollResponse(List.of(), null, null) : body;
        return Response.status(201).entity(answering.answer(id, Respondents.of(request, response), r)).build();
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "A poll's results",
            description = "Counted from the ballots when asked. Shown as the poll says: live, to those who answered"
                    + " (and after closing), or only after closing.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Not published yet")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public PollResults results(@PathParam("id") String id) {
        return tallies.results(id, Respondents.of(request, response));
    }
}

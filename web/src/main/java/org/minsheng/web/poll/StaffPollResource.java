package org.minsheng.web.poll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.poll.api.BallotExport;
import org.minsheng.poll.api.NewPoll;
import org.minsheng.poll.api.PollResults;
import org.minsheng.poll.api.PollSummary;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.TextAnswerView;
import org.minsheng.poll.application.PollAdministration;
import org.minsheng.poll.application.PollTallies;
import org.minsheng.web.platform.OpenApiConventions;

/** Staff polls under {@code /api/staff/polls}: their department's (an administrator's: all). */
@Path("/api/staff/polls")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
@Tag(name = OpenApiConventions.POLL)
@SecurityRequirement(name = OpenApiConventions.SESSION,
        scopes = {Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StaffPollResource {

    @EJB
    PollAdministration administration;

    @EJB
    PollTallies tallies;

    @GET
    @Operation(summary = "The department's polls")
    @APIResponse(responseCode = "200", description = "The polls, the latest opening first")
    public List<PollSummary> list() {
        return administration.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a poll",
            description = "Questions are SINGLE, MULTIPLE (maxChoices), RATING (1–5), RANKING or TEXT, each required or"
                    + " not; the poll is open from opensAt to closesAt. Staff of a department create polls of their own"
                    + " department; administrators name one.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PollView.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public Response create(NewPoll poll) {
        NewPoll p = poll == null ? new NewPoll(null, null, null, null, null, null, null, null, null) : poll;
        return Response.status(201).entity(administration.create(p)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A poll with its questions")
    @APIResponse(responseCode = "200", description = "The poll")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public PollView poll(@PathParam("id") String id) {
        return administration.poll(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a poll now")
    @APIResponse(responseCode = "200", description = "The poll, closed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public PollView close(@PathParam("id") String id) {
        return administration.close(id);
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "A poll's results",
            description = "Refused while a poll whose results are shown after closing is still open: staff too wait.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Not published yet")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public PollResults results(@PathParam("id") String id) {
        return tallies.staffResults(id);
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The ballots' choices as CSV",
            description = "One row per ballot, one column per question (not the free texts), in an order unrelated to"
                    + " when ballots were cast; no names, accounts, addresses or times. Audited.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte-order mark")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Not published yet")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public Response csv(@PathParam("id") String id) {
        BallotExport export = tallies.export(id);
        StreamingOutput body = out -> PollFiles.csv(export, out);
        return file(body, PollFiles.CSV, id, "csv");
    }

    @GET
    @Path("{id}/export.xlsx")
    @Produces(PollFiles.XLSX)
    @Operation(summary = "The ballots' choices as an Excel workbook", description = "As the CSV export. Audited.")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Not published yet")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public Response xlsx(@PathParam("id") String id) {
        BallotExport export = tallies.export(id);
        StreamingOutput body = out -> PollFiles.xlsx(export, out);
        return file(body, PollFiles.XLSX, id, "xlsx");
    }

    @GET
    @Path("{id}/texts")
    @Operation(summary = "Free-text answers", description = "Masked; optionally containing q, or in status"
            + " (PUBLISHED, HELD, REJECTED).")
    @APIResponse(responseCode = "200", description = "The answers")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such poll")
    public List<TextAnswerView> texts(@PathParam("id") String id, @QueryParam("q") String query,
                                      @QueryParam("status") String status) {
        return tallies.texts(id, query, status);
    }

    @POST
    @Path("{id}/texts/{textId}/publish")
    @Operation(summary = "Publish a held free-text answer")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such answer")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Already decided")
    public TextAnswerView publish(@PathParam("id") String id, @PathParam("textId") String textId) {
        return tallies.decide(id, textId, true);
    }

    @POST
    @Path("{id}/texts/{textId}/reject")
    @Operation(summary = "Keep a held free-text answer unpublished")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such answer")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Already decided")
    public TextAnswerView reject(@PathParam("id") String id, @PathParam("textId") String textId) {
        return tallies.decide(id, textId, false);
    }

    private static Response file(StreamingOutput body, String type, String id, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"poll-" + id + "." + extension + "\"").build();
    }
}

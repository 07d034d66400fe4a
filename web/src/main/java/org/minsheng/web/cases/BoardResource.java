package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.application.BoardService;
import org.minsheng.shared.paging.Page;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The public board of answered cases:
 * {@code GET /api/board?page=1&size=20&channel=&department=&category=&status=}.
 */
@Path("/api/board")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
public class BoardResource {

    @EJB
    BoardService board;

    @GET
    @Operation(summary = "The public board of answered cases",
            description = "Published answers, newest first, with personal data masked. Filters take codes; a blank or"
                    + " unknown value does not filter.")
    @Parameter(name = "page", description = "The page, from 1 (smaller values count as 1)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", description = "Entries per page, at most 100 (larger values count as 100)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(name = "channel", description = "Only this channel",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"LEADER_MAILBOX", "SUPERVISION_MAILBOX",
                    "MESSAGE_BOARD", "CONSULTATION", "INTERVIEW"}))
    @Parameter(name = "department", description = "Only this department's code (see GET /api/departments)")
    @Parameter(name = "category", description = "Only this category")
    @Parameter(name = "status", description = "Only this status", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"ANSWERED", "CLOSED"}))
    @APIResponse(responseCode = "200", description = "One page of the board")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "page or size is not a whole number")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<BoardEntry> board(@QueryParam("page") @DefaultValue("1") int page,
                                  @QueryParam("size") @DefaultValue("20") int size,
                                  @QueryParam("channel") String channel,
                                  @QueryParam("department") String department,
                                  @QueryParam("category") String category,
                                  @QueryParam("status") String status) {
        return board.board(channel, department, category, status, page, size);
    }
}

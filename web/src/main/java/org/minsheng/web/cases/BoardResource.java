package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.minsheng.cases.api.BoardEntry;
import org.minsheng.cases.application.BoardService;
import org.minsheng.shared.paging.Page;

/**
 * The public board of answered cases:
 * {@code GET /api/board?page=1&size=20&channel=&department=&category=&status=}.
 */
@Path("/api/board")
@RequestScoped
public class BoardResource {

    @EJB
    BoardService board;

    @GET
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

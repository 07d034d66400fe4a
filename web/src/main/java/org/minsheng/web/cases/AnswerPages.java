package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.minsheng.cases.api.PublicAnswer;
import org.minsheng.cases.application.BoardService;
import org.minsheng.shared.error.NotFound;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The page of one published answer, {@code /board/{trackingNumber}}: the message, the answer and
 * the hash approved for them (内容校验), which the tamper check compares with what is served here.
 */
@Path("/board/{number}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AnswerPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    BoardService board;

    @EJB
    SiteService site;

    @GET
    public Response answer(@PathParam("number") String number) {
        PublicAnswer answer = board.answer(number)
                .orElseThrow(() -> new NotFound("没有该公开答复", "No such published answer"));
        Map<String, Object> model = new HashMap<>();
        model.put("answer", answer);
        model.put("e", answer.entry());
        model.put("department", site.department(answer.entry().departmentCode()).orElse(null));
        return pages.page(200, "cases/answer", viewers.current(), model);
    }
}

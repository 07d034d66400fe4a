package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.MonthlyStatistics;
import org.minsheng.guide.application.GuideQueries;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.news.application.NewsQueries;
import org.minsheng.cases.application.BoardService;
import org.minsheng.cases.application.SupervisionService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/** The public portal: home, the public board, the monthly statistics, language and elder-mode switches. */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    @Inject
    Clock clock;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    SiteService site;

    @EJB
    BoardService board;

    @EJB
    SupervisionService supervision;

    @EJB
    NewsQueries news;

    @EJB
    GuideQueries guides;

    @EJB
    InterviewQueries interviews;

    /**
     * The portal's home (directive §七): top news and notices, the interaction channels, live and
     * coming interviews, hearings and polls, service guides by life event and a search box.
     */
    @GET
    public Response home() {
        Map<String, Object> model = new HashMap<>();
        model.put("leaders", site.leaders());
        model.put("latest", board.board(1, 5).items());
        model.put("channels", ChannelForm.values());
        model.put("departments", departmentNames());
        model.put("topNews", news.latest("portal", "yaowen", 6));
        model.put("notices", news.latest("portal", "tongzhi", 6));
        model.put("interviews", interviews.list().stream()
                .filter(i -> "LIVE".equals(i.status()) || "ANNOUNCED".equals(i.status())).limit(4).toList());
        model.put("lifeEvents", guides.lifeEvents());
        return pages.page(200, "cases/home", viewers.current(), model);
    }

    /** The public board: answered cases, filtered by channel, department, category and status. */
    @GET
    @Path("board")
    public Response board(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("channel") String channel,
                          @QueryParam("department") String department, @QueryParam("category") String category,
                          @QueryParam("status") String status) {
        Map<String, Object> model = new HashMap<>();
        model.put("board", board.board(channel, department, category, status, page, 10));
        model.put("filters", new BoardFilters(channel, department, category, status));
        model.put("departments", departmentNames());
        model.put("departmentList", site.departments());
        model.put("channels", BoardFilters.CHANNELS);
        model.put("categories", Categories.FIRST_LEVEL);
        model.put("statuses", BoardFilters.STATUSES);
        return pages.page(200, "cases/board", viewers.current(), model);
    }

    /**
     * The monthly figures of a finished month ({@code ?month=2026-11}, by default the month before
     * this one): received, answered, on-time rate, satisfaction, and per department as bars.
     */
    @GET
    @Path("statistics")
    public Response statistics(@QueryParam("month") String month) {
        YearMonth previous = YearMonth.now(clock).minusMonths(1);
        Map<String, Object> model = new HashMap<>();
        model.put("previous", previous.toString());
        model.put("departmentNames", departmentNames());
        YearMonth chosen;
        try {
            chosen = month == null || month.isBlank() ? previous : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return statisticsError(model, month, new FieldError("month", "月份格式应为 yyyy-MM，例如 " + previous,
                    "Enter the month as yyyy-MM, e.g. " + previous));
        }
        try {
            MonthlyStatistics figures = supervision.monthly(chosen);
            model.put("month", chosen.toString());
            model.put("stats", figures);
            model.put("earlier", chosen.minusMonths(1).toString());
            model.put("later", chosen.isBefore(previous) ? chosen.plusMonths(1).toString() : null);
            model.put("scale", Math.max(1, figures.departments().stream()
                    .mapToLong(MonthlyStatistics.DepartmentRow::received).max().orElse(1)));
            model.put("error", null);
            return pages.page(200, "cases/statistics", viewers.current(), model);
        } catch (ValidationFailed e) {
            return statisticsError(model, month, e.errors().get(0));
        }
    }

    private Response statisticsError(Map<String, Object> model, String typed, FieldError error) {
        model.put("month", typed == null ? "" : typed);
        model.put("stats", null);
        model.put("error", error);
        return pages.page(422, "cases/statistics", viewers.current(), model);
    }

    /**
     * Language switch: remembers the choice in a cookie and goes back. The cookie is written as a
     * header, past the server's secure-cookie handler, so it is marked Secure here.
     */
    @GET
    @Path("lang/{code:zh|en}")
    public Response language(@jakarta.ws.rs.PathParam("code") String code, @QueryParam("back") String back,
                             @Context SecurityContext security) {
        return Response.seeOther(safeBack(back))
                .cookie(new NewCookie.Builder("lang").value(code).path("/").maxAge(365 * 24 * 3600)
                        .httpOnly(true).secure(security.isSecure()).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** Elder mode (适老化): large text and spacing, remembered in a cookie. */
    @GET
    @Path("elder/{on:on|off}")
    public Response elder(@jakarta.ws.rs.PathParam("on") String on, @QueryParam("back") String back,
                          @Context SecurityContext security) {
        return Response.seeOther(safeBack(back))
                .cookie(new NewCookie.Builder("elder").value("on".equals(on) ? "1" : "0").path("/")
                        .maxAge(365 * 24 * 3600).httpOnly(true).secure(security.isSecure())
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** The text-only version (纯文本版): the same pages without style sheet or images, remembered in a cookie. */
    @GET
    @Path("textonly/{on:on|off}")
    public Response textOnly(@jakarta.ws.rs.PathParam("on") String on, @QueryParam("back") String back,
                             @Context SecurityContext security) {
        return Response.seeOther(safeBack(back))
                .cookie(new NewCookie.Builder("textonly").value("on".equals(on) ? "1" : "0").path("/")
                        .maxAge(365 * 24 * 3600).httpOnly(true).secure(security.isSecure())
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    private Map<String, DepartmentView> departmentNames() {
        return site.departments().stream().collect(Collectors.toMap(DepartmentView::code, Function.identity()));
    }

    /** Only paths on this site, so the switch links cannot be used to send people elsewhere. */
    static URI safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return URI.create("/");
        }
        try {
            return URI.create(back);
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}

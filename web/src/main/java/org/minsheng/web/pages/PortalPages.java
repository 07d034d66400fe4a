package org.minsheng.web.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.application.CaseService;
import org.minsheng.intake.api.Submission;
import org.minsheng.intake.application.IntakeService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;

/** The public portal: home, writing to a leader, following a case, the public board. */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    SiteService site;

    @EJB
    CaseService cases;

    @EJB
    IntakeService intake;

    @GET
    public Response home() {
        return pages.page(200, "home", viewers.current(), Map.of(
                "leaders", site.leaders(),
                "latest", cases.board(1, 5).items(),
                "departments", departmentNames()));
    }

    @GET
    @Path("write")
    public Response writeForm(@QueryParam("leader") String leader) {
        return writePage(200, new Submission("LEADER_MAILBOX", leader, "", "", "", "", Boolean.TRUE, null), List.of());
    }

    @POST
    @Path("write")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@FormParam("leaderCode") String leader, @FormParam("title") String title,
                          @FormParam("body") String body, @FormParam("name") String name,
                          @FormParam("mobile") String mobile, @FormParam("public") String publicRequested) {
        Submission submission = new Submission("LEADER_MAILBOX", leader, title, body, name, mobile,
                "yes".equals(publicRequested), null);
        try {
            Receipt receipt = intake.submit(submission);
            return pages.page(201, "receipt", viewers.current(), Map.of("receipt", receipt,
                    "leader", site.leader(leader).orElseThrow()));
        } catch (ValidationFailed e) {
            return writePage(422, submission, e.errors());
        }
    }

    private Response writePage(int status, Submission form, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("leaders", site.leaders());
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream().collect(Collectors.toMap(FieldError::field, Function.identity(), (a, b) -> a)));
        return pages.page(status, "write", viewers.current(), model);
    }

    @GET
    @Path("track")
    public Response trackForm() {
        return pages.page(200, "track", viewers.current(), Map.of("notFound", false, "number", ""));
    }

    @POST
    @Path("track")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response track(@FormParam("trackingNumber") String number, @FormParam("queryCode") String code) {
        String n = number == null ? "" : number.trim();
        return cases.lookup(n, code == null ? "" : code.trim())
                .map(details -> pages.page(200, "case", viewers.current(), Map.of("c", details,
                        "departments", departmentNames())))
                .orElseGet(() -> pages.page(404, "track", viewers.current(), Map.of("notFound", true, "number", n)));
    }

    @GET
    @Path("board")
    public Response board(@QueryParam("page") @DefaultValue("1") int page) {
        return pages.page(200, "board", viewers.current(), Map.of(
                "board", cases.board(page, 10),
                "departments", departmentNames()));
    }

    /** Language switch: remembers the choice in a cookie and goes back. */
    @GET
    @Path("lang/{code:zh|en}")
    public Response language(@jakarta.ws.rs.PathParam("code") String code, @QueryParam("back") String back) {
        return Response.seeOther(safeBack(back))
                .cookie(new NewCookie.Builder("lang").value(code).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** Elder mode (适老化): large text and spacing, remembered in a cookie. */
    @GET
    @Path("elder/{on:on|off}")
    public Response elder(@jakarta.ws.rs.PathParam("on") String on, @QueryParam("back") String back) {
        return Response.seeOther(safeBack(back))
                .cookie(new NewCookie.Builder("elder").value("on".equals(on) ? "1" : "0").path("/")
                        .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build())
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

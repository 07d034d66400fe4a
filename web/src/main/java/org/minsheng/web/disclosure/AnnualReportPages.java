package org.minsheng.web.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.disclosure.application.AnnualReports;
import org.minsheng.disclosure.application.DisclosureCatalogue;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.time.CityTime;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;
import org.minsheng.web.platform.security.CsrfToken;

/**
 * The editor's annual report page: the year's statistical tables counted from the data, the form to
 * enter reconsiderations and lawsuits, and the PDF.
 */
@Path("/staff/disclosure/annual-report")
@RequestScoped
@RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class AnnualReportPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    Clock clock;

    @EJB
    AnnualReports reports;

    @EJB
    DisclosureCatalogue catalogue;

    @Context
    HttpServletRequest request;

    @GET
    public Response page(@QueryParam("year") Integer year, @QueryParam("body") String body) {
        return page(200, year, body, List.of());
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf(@QueryParam("year") Integer year, @QueryParam("body") String body) {
        int y = year == null ? lastYear() : year;
        return AnnualReportResource.pdfResponse(reports.pdf(y, body), y, body);
    }

    @POST
    @Path("remedies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response remedies(MultivaluedMap<String, String> form) {
        int year = parse(form.getFirst("year"), lastYear());
        String body = form.getFirst("body");
        if (!CsrfToken.matches(request, form.getFirst(CsrfToken.FIELD))) {
            return page(403, year, body, List.of(new FieldError("_csrf", "页面已过期，请重新提交", "The page expired")));
        }
        Map<String, Integer> outcomes = new HashMap<>();
        for (String o : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING")) {
            outcomes.put(o, parse(form.getFirst(o), -1));
        }
        try {
            reports.enterRemedies(year, body, form.getFirst("kind"), outcomes);
        } catch (ValidationFailed e) {
            return page(422, year, body, e.errors());
        }
        return Response.seeOther(URI.create("/staff/disclosure/annual-report?year=" + year + "&body="
                + URLEncoder.encode(body == null ? "" : body, StandardCharsets.UTF_8))).build();
    }

    private Response page(int status, Integer year, String body, List<FieldError> errors) {
        int y = year == null ? lastYear() : year;
        Map<String, Object> model = new HashMap<>();
        model.put("r", reports.report(y, body));
        model.put("bodies", catalogue.bodies());
        model.put("errors", errors);
        return pages.page(status, "disclosure/staff-report", viewers.current(), model);
    }

    private int lastYear() {
        return LocalDate.now(clock.withZone(CityTime.ZONE)).getYear() - 1;
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

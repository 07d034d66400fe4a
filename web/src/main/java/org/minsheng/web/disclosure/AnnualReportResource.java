package org.minsheng.web.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.disclosure.api.AnnualReportView;
import org.minsheng.disclosure.application.AnnualReports;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The annual report's statistical tables under {@code /api/staff/disclosure/annual-report}, as JSON
 * and as PDF (what {@code bin/minsheng disclosure annual-report} fetches), and the entry of
 * reconsiderations and lawsuits.
 */
@Path("/api/staff/disclosure/annual-report")
@RequestScoped
@Tag(name = OpenApiConventions.DISCLOSURE)
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    @Schema(name = "RemedyEntry", description = "A year's reconsiderations or lawsuits of a body, by outcome",
            requiredProperties = {"year", "bodyCode", "kind", "outcomes"},
            properties = {
                    @SchemaProperty(name = "year", description = "The report's year"),
                    @SchemaProperty(name = "bodyCode", description = "The body (department code)"),
                    @SchemaProperty(name = "kind", enumeration = {"RECONSIDERATION", "LITIGATION"},
                            description = "行政复议 or 行政诉讼"),
                    @SchemaProperty(name = "outcomes", description = "Cases per outcome: UPHELD, CORRECTED, OTHER,"
                            + " PENDING")})
    public record RemedyEntry(Integer year, String bodyCode, String kind, Map<String, Integer> outcomes) {
    }

    @EJB
    AnnualReports reports;

    @GET
    @Operation(summary = "The statistical tables of a year's report",
            description = "Of the caller's body; the platform and administrators name a body or, without one, get"
                    + " every body together.")
    @APIResponse(responseCode = "200", description = "The tables")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    public AnnualReportView report(@QueryParam("year") Integer year, @QueryParam("body") String body) {
        return reports.report(year(year), body);
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The same tables as a PDF")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.DEPT_ADMIN, Roles.ADMIN})
    public Response pdf(@QueryParam("year") Integer year, @QueryParam("body") String body) {
        return pdfResponse(reports.pdf(year(year), body), year, body);
    }

    @PUT
    @Path("remedies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a year's reconsiderations or lawsuits by outcome")
    @APIResponse(responseCode = "200", description = "The report with the counts entered")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.EDITOR, Roles.ADMIN})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public AnnualReportView remedies(RemedyEntry entry) {
        if (entry == null) {
            throw new ValidationFailed(List.of(new FieldError("year", "请填写年份", "The year is required")));
        }
        return reports.enterRemedies(year(entry.year()), entry.bodyCode(), entry.kind(),
                entry.outcomes() == null ? Map.of() : entry.outcomes());
    }

    static Response pdfResponse(byte[] pdf, Integer year, String body) {
        String name = "annual-report-" + year + (body == null || body.isBlank() ? "" : "-" + body.replaceAll("[^a-z0-9-]", ""))
                + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    static int year(Integer year) {
        if (year == null) {
            throw new ValidationFailed(List.of(new FieldError("year", "请填写年份", "The year is required")));
        }
        return year;
    }
}

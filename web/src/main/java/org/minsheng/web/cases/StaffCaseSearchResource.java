package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.CaseSearchExport;
import org.minsheng.cases.api.CaseSearchRow;
import org.minsheng.cases.application.CaseSearchService;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.paging.Page;
import org.minsheng.shared.time.CityTime;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Staff search of cases under {@code /api/staff/case-search}: a page of cases, or every case found
 * as CSV or Excel. Report-mailbox cases are found by the discipline role only.
 */
@Path("/api/staff/case-search")
@RequestScoped
@Tag(name = OpenApiConventions.CASES)
@RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.ADMIN,
        Roles.DISCIPLINE})
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER,
        Roles.REVIEWER, Roles.LEADER, Roles.ADMIN, Roles.DISCIPLINE})
public class StaffCaseSearchResource {

    static final String CRITERIA = "Criteria (all optional): number (a tracking number or its beginning), keyword (in"
            + " title or message), mobile (the resident's number), department (code), category, from and to (days"
            + " yyyy-MM-dd, both included). The platform finds every department's cases, a department its own;"
            + " report-mailbox cases are found by discipline officers only. Audited.";

    @EJB
    CaseSearchService search;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Search cases", description = "One page of the cases found, newest first. " + CRITERIA)
    @Parameter(name = "page", description = "The page, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", description = "Cases per page, at most 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
    @Parameter(name = "number", description = "A tracking number or its beginning", example = "MS202612")
    @Parameter(name = "keyword", description = "A word of the title or message")
    @Parameter(name = "mobile", description = "The resident's mobile number")
    @Parameter(name = "department", description = "The lead department's code")
    @Parameter(name = "category", description = "The category")
    @Parameter(name = "from", description = "Received on or after this day", example = "2026-12-01")
    @Parameter(name = "to", description = "Received on or before this day", example = "2026-12-31")
    @APIResponse(responseCode = "200", description = "One page of cases")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "page or size is not a whole number")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "A day is not yyyy-MM-dd, to is before from, the mobile is not digits, or a value is too long")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<CaseSearchRow> search(@QueryParam("page") @DefaultValue("1") int page,
                                      @QueryParam("size") @DefaultValue("50") int size,
                                      @QueryParam("number") String number, @QueryParam("keyword") String keyword,
                                      @QueryParam("mobile") String mobile, @QueryParam("department") String department,
                                      @QueryParam("category") String category, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return search.search(number, keyword, mobile, department, category, from, to, page, size);
    }

    @GET
    @Path("export.csv")
    @Operation(summary = "Export the cases found as CSV", description = "UTF-8 with a byte-order mark, RFC 4180, at"
            + " most " + CaseSearchService.EXPORT_LIMIT + " cases (header X-Export-Truncated); formula-looking cells"
            + " begin with an apostrophe. " + CRITERIA)
    @Parameter(name = "number", description = "A tracking number or its beginning")
    @Parameter(name = "keyword", description = "A word of the title or message")
    @Parameter(name = "mobile", description = "The resident's mobile number")
    @Parameter(name = "department", description = "The lead department's code")
    @Parameter(name = "category", description = "The category")
    @Parameter(name = "from", description = "Received on or after this day")
    @Parameter(name = "to", description = "Received on or before this day")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "A criterion is wrong")
    @Produces("text/csv")
    public Response csv(@QueryParam("number") String number, @QueryParam("keyword") String keyword,
                        @QueryParam("mobile") String mobile, @QueryParam("department") String department,
                        @QueryParam("category") String category, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        CaseSearchExport export = search.export(number, keyword, mobile, department, category, from, to, "csv");
        StreamingOutput body = out -> CaseSearchFiles.csv(export.rows(), out);
        return file(body, CaseSearchFiles.CSV, "csv", export.truncated());
    }

    @GET
    @Path("export.xlsx")
    @Operation(summary = "Export the cases found as an Excel workbook", description = "One sheet, at most "
            + CaseSearchService.EXPORT_LIMIT + " cases; text stored as text. " + CRITERIA)
    @Parameter(name = "number", description = "A tracking number or its beginning")
    @Parameter(name = "keyword", description = "A word of the title or message")
    @Parameter(name = "mobile", description = "The resident's mobile number")
    @Parameter(name = "department", description = "The lead department's code")
    @Parameter(name = "category", description = "The category")
    @Parameter(name = "from", description = "Received on or after this day")
    @Parameter(name = "to", description = "Received on or before this day")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = CaseSearchFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "A criterion is wrong")
    @Produces(CaseSearchFiles.XLSX)
    public Response xlsx(@QueryParam("number") String number, @QueryParam("keyword") String keyword,
                         @QueryParam("mobile") String mobile, @QueryParam("department") String department,
                         @QueryParam("category") String category, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        CaseSearchExport export = search.export(number, keyword, mobile, department, category, from, to, "xlsx");
        StreamingOutput body = out -> CaseSearchFiles.xlsx(export.rows(), out);
        return file(body, CaseSearchFiles.XLSX, "xlsx", export.truncated());
    }

    private Response file(StreamingOutput body, String type, String extension, boolean truncated) {
        String name = "cases-" + LocalDateTime.ofInstant(clock.instant(), CityTime.ZONE)
                .format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")) + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Export-Truncated", truncated)
                .build();
    }
}

package org.minsheng.web.audit;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.audit.api.AuditExport;
import org.minsheng.audit.api.AuditView;
import org.minsheng.audit.api.ChainVerification;
import org.minsheng.audit.application.AuditQueries;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.paging.Page;
import org.minsheng.shared.time.CityTime;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The audit trail for the administrator and the discipline role: search, export and the hash
 * chain's check. Records about report-mailbox cases are listed for the discipline role only.
 */
@Path("/api/staff/audit")
@Tag(name = OpenApiConventions.AUDIT)
@RequestScoped
public class AuditResource {

    private static final String FILTERS = "Filters: from and to are days (yyyy-MM-dd, Asia/Shanghai, both"
            + " included) or instants (ISO-8601, to excluded); action matches as a prefix (case. finds every case"
            + " step); actor, subjectType and subjectId match exactly.";

    @EJB
    AuditQueries queries;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Search the audit trail", description = "Newest first. " + FILTERS)
    @Parameter(name = "page", description = "The page, from 1 (smaller values count as 1)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", description = "Records per page, at most 100 (larger values count as 100)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
    @Parameter(name = "from", description = "From this day or instant", example = "2026-12-01")
    @Parameter(name = "to", description = "To this day (included) or instant (excluded)", example = "2026-12-31")
    @Parameter(name = "actor", description = "Who acted: a staff user name, anonymous or system", example = "zjj")
    @Parameter(name = "action", description = "The action or its beginning", example = "case.")
    @Parameter(name = "subjectType", description = "What was acted on", example = "case")
    @Parameter(name = "subjectId", description = "Which one")
    @APIResponse(responseCode = "200", description = "One page of records")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND,
            description = "page or size is not a whole number")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "from or to is not a day or an instant, to is not after from, or a filter is too long")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.ADMIN, Roles.DISCIPLINE})
    @RolesAllowed({Roles.ADMIN, Roles.DISCIPLINE})
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AuditView> search(@QueryParam("page") @DefaultValue("1") int page,
                                  @QueryParam("size") @DefaultValue("50") int size,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("subjectType") String subjectType,
                                  @QueryParam("subjectId") String subjectId) {
        return queries.search(new AuditFilters(from, to, actor, action, subjectType, subjectId).search(), page, size);
    }

    @GET
    @Path("export.csv")
    @Operation(summary = "Export the filtered records as CSV",
            description = "UTF-8 with a byte-order mark, RFC 4180, newest first, at most "
                    + AuditQueries.EXPORT_LIMIT + " records. A cell that a spreadsheet would run as a formula"
                    + " (starting with = + - @) begins with an apostrophe. The export is itself audited. " + FILTERS)
    @Parameter(name = "from", description = "From this day or instant", example = "2026-12-01")
    @Parameter(name = "to", description = "To this day (included) or instant (excluded)", example = "2026-12-31")
    @Parameter(name = "actor", description = "Who acted")
    @Parameter(name = "action", description = "The action or its beginning")
    @Parameter(name = "subjectType", description = "What was acted on")
    @Parameter(name = "subjectId", description = "Which one")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "A filter is wrong")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.ADMIN, Roles.DISCIPLINE})
    @RolesAllowed({Roles.ADMIN, Roles.DISCIPLINE})
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("actor") String actor, @QueryParam("action") String action,
                        @QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId) {
        AuditExport export = queries.export(new AuditFilters(from, to, actor, action, subjectType, subjectId).search(),
                "csv");
        List<AuditView> records = export.records();
        StreamingOutput body = out -> AuditFiles.csv(records, out);
        return file(body, AuditFiles.CSV, "csv", export.truncated());
    }

    @GET
    @Path("export.xlsx")
    @Operation(summary = "Export the filtered records as an Excel workbook",
            description = "One sheet, newest first, at most " + AuditQueries.EXPORT_LIMIT + " records; text is"
                    + " stored as text, never as formulas. The export is itself audited. " + FILTERS)
    @Parameter(name = "from", description = "From this day or instant", example = "2026-12-01")
    @Parameter(name = "to", description = "To this day (included) or instant (excluded)", example = "2026-12-31")
    @Parameter(name = "actor", description = "Who acted")
    @Parameter(name = "action", description = "The action or its beginning")
    @Parameter(name = "subjectType", description = "What was acted on")
    @Parameter(name = "subjectId", description = "Which one")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = AuditFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "A filter is wrong")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.ADMIN, Roles.DISCIPLINE})
    @RolesAllowed({Roles.ADMIN, Roles.DISCIPLINE})
    @Produces(AuditFiles.XLSX)
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("actor") String actor, @QueryParam("action") String action,
                         @QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId) {
        AuditExport export = queries.export(new AuditFilters(from, to, actor, action, subjectType, subjectId).search(),
                "xlsx");
        List<AuditView> records = export.records();
        StreamingOutput body = out -> AuditFiles.xlsx(records, out);
        return file(body, AuditFiles.XLSX, "xlsx", export.truncated());
    }

    @GET
    @Path("verify")
    @Operation(summary = "Check the audit hash chain",
            description = "Recomputes every sealed record's hash in chain order and reports the first break (the"
                    + " record and what differs, never its content). Records written in the last seconds may still"
                    + " be pending: they are sealed into the chain shortly after they commit.")
    @APIResponse(responseCode = "200", description = "The outcome; intact is false when a link is broken")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.ADMIN, Roles.DISCIPLINE})
    @RolesAllowed({Roles.ADMIN, Roles.DISCIPLINE})
    @Produces(MediaType.APPLICATION_JSON)
    public ChainVerification verify() {
        return queries.verify();
    }

    private Response file(StreamingOutput body, String type, String extension, boolean truncated) {
        String name = "audit-" + LocalDateTime.ofInstant(clock.instant(), CityTime.ZONE).format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss"))
                + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Export-Truncated", truncated)
                .build();
    }
}

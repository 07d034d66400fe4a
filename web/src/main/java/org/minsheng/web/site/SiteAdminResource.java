package org.minsheng.web.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.identity.application.StaffService;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * Site administration under {@code /api/admin/site}: departments, leaders, staff accounts and the
 * workflow's sub-status labels are data, edited by the administrator.
 */
@Path("/api/admin/site")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = OpenApiConventions.SITE)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
public class SiteAdminResource {

    @Schema(name = "DepartmentForm",
            description = "A department; the code is given when it is defined and never changes",
            properties = {
                    @SchemaProperty(name = "code", pattern = "^[a-z][a-z0-9-]{1,39}$",
                            description = "2 to 40 lower-case letters, digits or -, starting with a letter"),
                    @SchemaProperty(name = "name", minLength = 1, maxLength = 50, description = "The name in Chinese"),
                    @SchemaProperty(name = "nameEn", minLength = 1, maxLength = 150,
                            description = "The name in English")})
    public record DepartmentForm(String code, String name, String nameEn) {
    }

    @Schema(name = "LeaderForm", description = "A leader residents can write to",
            requiredProperties = {"code", "name", "title", "titleEn", "portfolio"},
            properties = {
                    @SchemaProperty(name = "code", pattern = "^[a-z][a-z0-9-]{1,39}$",
                            description = "2 to 40 lower-case letters, digits or -, starting with a letter"),
                    @SchemaProperty(name = "name", minLength = 1, maxLength = 20, description = "The name"),
                    @SchemaProperty(name = "title", minLength = 1, maxLength = 50,
                            description = "The title in Chinese"),
                    @SchemaProperty(name = "titleEn", minLength = 1, maxLength = 150,
                            description = "The title in English"),
                    @SchemaProperty(name = "portfolio", minLength = 1, maxLength = 300,
                            description = "What the leader is in charge of")})
    public record LeaderForm(String code, String name, String title, String titleEn, String portfolio) {
    }

    /** {@code email}, optional, is where notifications are mailed when a mail session is configured. */
    @Schema(name = "AccountForm", description = "A staff account; which fields an operation requires is stated there",
            properties = {
                    @SchemaProperty(name = "username", pattern = "^[a-z][a-z0-9-]{1,39}$",
                            description = "2 to 40 lower-case letters, digits or -, starting with a letter; fixed once"
                                    + " created"),
                    @SchemaProperty(name = "displayName", minLength = 1, maxLength = 30,
                            description = "The name shown"),
                    @SchemaProperty(name = "password", minLength = 10, maxLength = 128, format = "password",
                            description = "10 to 128 characters, not the user name, not a common password; on creation only"),
                    @SchemaProperty(name = "roles", minItems = 1, description = "At least one of handler, dept-admin,"
                            + " dispatcher, reviewer, leader, discipline, admin, host, guest, moderator,"
                            + " editor, approver, call-taker"),
                    @SchemaProperty(name = "departmentCode", description = "The department (see GET /api/departments)"),
                    @SchemaProperty(name = "active", defaultValue = "true",
                            description = "Whether the account may sign in; on change only"),
                    @SchemaProperty(name = "email",
                            description = "Where notifications are mailed, when a mail session is"
                            + " configured; optional")})
    public record AccountForm(String username, String displayName, String password, List<String> roles,
                              String departmentCode, Boolean active, String email) {
    }

    @Schema(name = "SubStatusForm", description = "A progress label within a lifecycle status",
            requiredProperties = {"code", "status", "labelZh", "labelEn"},
            properties = {
                    @SchemaProperty(name = "code", pattern = "^[A-Z][A-Z0-9_]{1,39}$",
                            description = "2 to 40 upper-case letters, digits or _, starting with a letter"),
                    @SchemaProperty(name = "status", description = "The lifecycle status it belongs to",
                            enumeration = {"REGISTERED", "ACCEPTED", "NOT_ACCEPTED", "DISPATCHED", "RETURNED",
                                    "HANDLING", "AWAITING_SUPPLEMENT", "IN_REVIEW", "ANSWERED", "CLOSED", "MERGED"}),
                    @SchemaProperty(name = "labelZh", minLength = 1, maxLength = 20,
                            description = "The label in Chinese"),
                    @SchemaProperty(name = "labelEn", minLength = 1, maxLength = 40,
                            description = "The label in English")})
    public record SubStatusForm(String code, String status, String labelZh, String labelEn) {
    }

    @EJB
    SiteService site;

    @EJB
    SubStatusService labels;

    @EJB
    StaffService staff;

    @POST
    @Operation(summary = "Define a department")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = DepartmentForm.class,
            requiredProperties = {"code", "name", "nameEn"})))
    @APIResponse(responseCode = "201", description = "Defined",
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The code is taken")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Path("departments")
    public Response addDepartment(DepartmentForm form) {
        DepartmentForm f = form == null ? new DepartmentForm(null, null, null) : form;
        return Response.status(201).entity(site.defineDepartment(f.code(), f.name(), f.nameEn())).build();
    }

    @PUT
    @Operation(summary = "Rename a department", description = "The code in the body is ignored.")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = DepartmentForm.class,
            requiredProperties = {"name", "nameEn"})))
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such department")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Path("departments/{code}")
    public DepartmentView renameDepartment(@PathParam("code") String code, DepartmentForm form) {
        DepartmentForm f = form == null ? new DepartmentForm(null, null, null) : form;
        return site.renameDepartment(code, f.name(), f.nameEn());
    }

    @POST
    @Operation(summary = "Define a leader")
    @APIResponse(responseCode = "201", description = "Defined",
            content = @Content(schema = @Schema(implementation = org.minsheng.site.api.LeaderView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The code is taken")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Path("leaders")
    public Response addLeader(LeaderForm form) {
        LeaderForm f = form == null ? new LeaderForm(null, null, null, null, null) : form;
        return Response.status(201).entity(site.defineLeader(f.code(), f.name(), f.title(), f.titleEn(), f.portfolio()))
                .build();
    }

    @GET
    @Operation(summary = "The active staff accounts")
    @APIResponse(responseCode = "200", description = "The accounts")
    @Path("staff")
    public List<StaffPrincipal> accounts() {
        return staff.accounts();
    }

    @POST
    @Operation(summary = "Create a staff account")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = AccountForm.class,
            requiredProperties = {"username", "displayName", "password", "roles", "departmentCode"})))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = StaffPrincipal.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The user name is taken")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Path("staff")
    public Response addAccount(AccountForm form) {
        AccountForm f = form == null ? new AccountForm(null, null, null, null, null, null, null) : form;
        StaffPrincipal created = staff.createAccount(f.username(), f.displayName(), f.password(), f.roles(),
                f.departmentCode());
        if (f.email() != null) {
            staff.changeEmail(f.username(), f.email());
        }
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Operation(summary = "Change a staff account's roles, department, e-mail address or whether it may sign in",
            description = "username, displayName and password in the body are ignored.")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = AccountForm.class,
            requiredProperties = {"roles", "departmentCode"})))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such account")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Path("staff/{username}")
    public StaffPrincipal changeAccount(@PathParam("username") String username, AccountForm form) {
        AccountForm f = form == null ? new AccountForm(null, null, null, null, null, null, null) : form;
        StaffPrincipal changed = staff.changeAccount(username, f.roles(), f.departmentCode(),
                !Boolean.FALSE.equals(f.active()));
        if (f.email() != null) {
            staff.changeEmail(username, f.email());
        }
        return changed;
    }

    /** A progress label within a lifecycle status, which handlers then set on their cases. */
    @POST
    @Operation(summary = "Define a progress label")
    @APIResponse(responseCode = "201", description = "Defined",
            content = @Content(schema = @Schema(implementation = org.minsheng.cases.api.SubStatusView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "The code is taken")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @Path("sub-statuses")
    public Response addSubStatus(SubStatusForm form) {
        SubStatusForm f = form == null ? new SubStatusForm(null, null, null, null) : form;
        return Response.status(201).entity(labels.defineSubStatus(f.code(), f.status(), f.labelZh(), f.labelEn()))
                .build();
    }
}

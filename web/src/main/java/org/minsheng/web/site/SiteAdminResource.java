package org.minsheng.web.site;

import org.minsheng.identity.api.Roles;
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
import org.minsheng.cases.application.SubStatusService;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.identity.application.StaffService;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;

/**
 * Site administration under {@code /api/admin/site}: departments, leaders, staff accounts and the
 * workflow's sub-status labels are data, edited by the administrator.
 */
@Path("/api/admin/site")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SiteAdminResource {

    public record DepartmentForm(String code, String name, String nameEn) {
    }

    public record LeaderForm(String code, String name, String title, String titleEn, String portfolio) {
    }

    /** {@code email}, optional, is where notifications are mailed when a mail session is configured. */
    public record AccountForm(String username, String displayName, String password, List<String> roles,
                              String departmentCode, Boolean active, String email) {
    }

    public record SubStatusForm(String code, String status, String labelZh, String labelEn) {
    }

    @EJB
    SiteService site;

    @EJB
    SubStatusService labels;

    @EJB
    StaffService staff;

    @POST
    @Path("departments")
    public Response addDepartment(DepartmentForm form) {
        DepartmentForm f = form == null ? new DepartmentForm(null, null, null) : form;
        return Response.status(201).entity(site.defineDepartment(f.code(), f.name(), f.nameEn())).build();
    }

    @PUT
    @Path("departments/{code}")
    public DepartmentView renameDepartment(@PathParam("code") String code, DepartmentForm form) {
        DepartmentForm f = form == null ? new DepartmentForm(null, null, null) : form;
        return site.renameDepartment(code, f.name(), f.nameEn());
    }

    @POST
    @Path("leaders")
    public Response addLeader(LeaderForm form) {
        LeaderForm f = form == null ? new LeaderForm(null, null, null, null, null) : form;
        return Response.status(201).entity(site.defineLeader(f.code(), f.name(), f.title(), f.titleEn(), f.portfolio()))
                .build();
    }

    @GET
    @Path("staff")
    public List<StaffPrincipal> accounts() {
        return staff.accounts();
    }

    @POST
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
    @Path("sub-statuses")
    public Response addSubStatus(SubStatusForm form) {
        SubStatusForm f = form == null ? new SubStatusForm(null, null, null, null) : form;
        return Response.status(201).entity(labels.defineSubStatus(f.code(), f.status(), f.labelZh(), f.labelEn()))
                .build();
    }
}

package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.application.FollowUpVisitService;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;

/** The follow-up visit form (回访) of the staff case page. */
@Path("/staff/cases")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FollowUpVisitPages {

    @Inject
    StaffCasePage casePage;

    @EJB
    FollowUpVisitService visits;

    @POST
    @Path("{id}/follow-up-visit")
    @RolesAllowed({Roles.HANDLER, Roles.DEPT_ADMIN, Roles.DISPATCHER, Roles.REVIEWER})
    public Response record(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return casePage.step(id, "visit", form, StaffCasePage.here(id, "visited"), () -> visits.record(id,
                form.getFirst("method"), score(form.getFirst("score")), form.getFirst("comment"),
                StaffCasePage.version(form)));
    }

    /** Whether the form is shown: an answered case not yet rated, to its department or the platform. */
    static boolean mayVisit(CaseDetails c, StaffPrincipal me) {
        if (me == null || !"ANSWERED".equals(c.status()) || "REPORT_MAILBOX".equals(c.channel())) {
            return false;
        }
        boolean platform = me.hasRole(Roles.DISPATCHER) || me.hasRole(Roles.REVIEWER);
        boolean department = (me.hasRole(Roles.HANDLER) || me.hasRole(Roles.DEPT_ADMIN))
                && me.departmentCode() != null && me.departmentCode().equals(c.departmentCode());
        return platform || department;
    }

    private static Integer score(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

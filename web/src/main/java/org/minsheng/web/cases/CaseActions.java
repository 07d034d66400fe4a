package org.minsheng.web.cases;

import java.util.Set;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffPrincipal;

/**
 * Which forms the case page offers to this member of staff for the case in its status. It mirrors
 * the roles and states the workflow service enforces, so people are not offered steps that would
 * be refused; the service still decides.
 */
public record CaseActions(boolean dispatch, boolean sign, boolean handle, boolean returnCase, boolean requestExtension,
                          boolean opinion, boolean review, boolean publication, boolean instruct,
                          boolean decideExtension) {

    private static final Set<String> AT_DISPATCHER = Set.of("REGISTERED", "ACCEPTED", "RETURNED");
    private static final Set<String> BEING_HANDLED = Set.of("DISPATCHED", "HANDLING");
    private static final Set<String> TAKES_OPINIONS = Set.of("DISPATCHED", "HANDLING", "AWAITING_SUPPLEMENT");

    public static CaseActions of(CaseDetails c, StaffPrincipal me) {
        boolean merged = c.masterTrackingNumber() != null;
        boolean ownDepartment = me.departmentCode() != null && me.departmentCode().equals(c.departmentCode());
        boolean worker = me.hasRole(Roles.HANDLER) || me.hasRole(Roles.DISCIPLINE);
        boolean lead = worker && ownDepartment && !merged;
        boolean handling = lead && BEING_HANDLED.contains(c.status());
        boolean coHandler = me.hasRole(Roles.HANDLER) && !ownDepartment && c.participants().stream()
                .anyMatch(p -> "CO_HANDLER".equals(p.role()) && p.departmentCode().equals(me.departmentCode()));
        boolean platformReviewer = me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.ADMIN);
        boolean head = me.hasRole(Roles.DEPT_ADMIN) && ownDepartment;
        return new CaseActions(
                me.hasRole(Roles.DISPATCHER) && AT_DISPATCHER.contains(c.status()) && !merged,
                lead && "DISPATCHED".equals(c.status()),
                handling,
                handling && me.hasRole(Roles.HANDLER),
                handling && c.extensionDays() == null,
                coHandler && TAKES_OPINIONS.contains(c.status()),
                "IN_REVIEW".equals(c.status()) && !merged && (platformReviewer || head),
                c.heldForReview() && platformReviewer,
                me.hasRole(Roles.LEADER),
                c.extensionDays() != null && (me.hasRole(Roles.ADMIN) || head));
    }

    /** Whether any step at all is offered (else the page says the case needs nothing from this viewer). */
    public boolean any() {
        return dispatch || sign || handle || returnCase || requestExtension || opinion || review || publication
                || instruct || decideExtension;
    }
}

package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.Channel;
import org.minsheng.cases.domain.ParticipantRole;
import org.minsheng.cases.domain.TrackingNumber;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/**
 * Who may see and act on a case. Handlers see their department's cases and those it co-handles
 * or was copied; the platform (dispatchers, reviewers, leaders, administrators) sees all. A
 * report-mailbox case (举报) is seen by discipline officers only, and is never shown to anyone
 * else, not even as the master of a merge. A case the caller may not see is "not found", as a
 * missing one. Residents reach their case with its tracking number and query code, or as the
 * signed-in author.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    Clock clock;

    /** The calling member of staff. */
    public StaffPrincipal me() {
        return staff.find(caller.name()).orElseThrow(() -> new Forbidden("账号不可用", "Account not available"));
    }

    /** Report-mailbox cases are confidential: discipline officers only. */
    public static boolean isConfidential(CaseFile c) {
        return c.channel() == Channel.REPORT_MAILBOX;
    }

    /** The case if the caller may see it; otherwise the same 404 as for a missing case. */
    public CaseFile visible(String caseId) {
        CaseFile c = cases.byId(caseId).orElseThrow(CaseAccess::noSuchCase);
        StaffPrincipal me = me();
        if (isConfidential(c)) {
            if (!me.hasRole(Roles.DISCIPLINE)) {
                throw noSuchCase();
            }
            return c;
        }
        boolean platform = me.hasRole(Roles.DISPATCHER) || me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.LEADER)
                || me.hasRole(Roles.ADMIN);
        if (platform || me.departmentCode().equals(c.departmentCode())) {
            return c;
        }
        boolean participant = (me.hasRole(Roles.HANDLER) || me.hasRole(Roles.DEPT_ADMIN))
                && timeline.participantsOf(caseId).stream().anyMatch(p -> p.departmentCode().equals(me.departmentCode()));
        if (!participant) {
            throw noSuchCase();
        }
        return c;
    }

    /** A visible case still at the version the caller saw. */
    public CaseFile editable(String caseId, long version) {
        CaseFile c = visible(caseId);
        if (c.version() != version) {
            throw new Conflict("该件已被他人修改，请刷新后重试", "The case was changed by someone else; reload and retry");
        }
        return c;
    }

    /** A case the caller's department leads. */
    public CaseFile ledByMyDepartment(String caseId, long version) {
        CaseFile c = editable(caseId, version);
        if (!me().departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能办理本单位主办的件", "Only the lead department may do this");
        }
        return c;
    }

    /** A reply the caller may review: the platform reviews all, a department head their department's. */
    public CaseFile reviewable(String caseId, long version) {
        CaseFile c = editable(caseId, version);
        StaffPrincipal me = me();
        if (!reviewsAll(me) && !me.departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能审核本单位的答复", "Only the department's head or the platform reviews this reply");
        }
        return c;
    }

    /** An extension request the caller may decide: an administrator all, a department head their department's. */
    public CaseFile extensionDecidable(String caseId, long version) {
        CaseFile c = editable(caseId, version);
        StaffPrincipal me = me();
        if (!me.hasRole(Roles.ADMIN) && !me.departmentCode().equals(c.departmentCode())) {
            throw new Forbidden("只能审批本单位的延期申请", "Only the department's head decides its extensions");
        }
        return c;
    }

    /** The caller's department's co-handling of a visible case (协办). */
    public CaseParticipant myCoHandling(String caseId) {
        StaffPrincipal me = me();
        return timeline.participantsOf(caseId).stream()
                .filter(p -> p.departmentCode().equals(me.departmentCode()) && p.role() == ParticipantRole.CO_HANDLER)
                .findFirst()
                .orElseThrow(() -> new Forbidden("本单位不是该件的协办单位", "Your department does not co-handle this case"));
    }

    /** Platform reviewers and administrators review every department's replies. */
    public boolean reviewsAll(StaffPrincipal me) {
        return me.hasRole(Roles.REVIEWER) || me.hasRole(Roles.ADMIN);
    }

    /** A department's queues: discipline officers see its report-mailbox cases, handlers the others. */
    public boolean onDesk(StaffPrincipal me, CaseFile c) {
        return isConfidential(c) == me.hasRole(Roles.DISCIPLINE);
    }

    /** A case may be merged into a report only if it is a report itself, so that merging never reveals one. */
    public boolean mayMerge(CaseFile c, CaseFile master) {
        return !isConfidential(master) || isConfidential(c);
    }

    /**
     * The case of a resident's tracking number and query code. An unknown number and a wrong code
     * look the same; wrong codes count towards a lock.
     */
    public Optional<CaseFile> withQueryCode(String trackingNumber, String queryCode) {
        if (!TrackingNumber.isWellFormed(trackingNumber)) {
            return Optional.empty();
        }
        return cases.byTrackingNumber(trackingNumber).filter(c -> c.acceptsQueryCode(queryCode, clock.instant()));
    }

    /** One of the signed-in resident's own messages. */
    public Optional<CaseFile> writtenByCaller(String trackingNumber) {
        String me = caller.name();
        return cases.byTrackingNumber(trackingNumber).filter(c -> me.equals(c.resident().account()));
    }

    public static NotFound noSuchCase() {
        return new NotFound("没有找到该件", "No such case");
    }
}

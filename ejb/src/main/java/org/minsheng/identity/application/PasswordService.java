package org.minsheng.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.domain.ResidentAccount;
import org.minsheng.identity.domain.ResidentRepository;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/** Staff and residents change their own password, with the current one. */
@Stateless
public class PasswordService {

    @Inject
    Caller caller;

    @Inject
    StaffRepository staff;

    @Inject
    ResidentRepository residents;

    @Inject
    AuditTrail audit;

    @Inject
    AccountSettings settings;

    /**
     * Replaces the caller's password. {@code confirmation}, when given (the pages), must repeat the
     * new one. Ends a reset's must-change mark.
     */
    @RolesAllowed({Roles.HANDLER, Roles.DISPATCHER, Roles.REVIEWER, Roles.LEADER, Roles.DISCIPLINE, Roles.DEPT_ADMIN,
            Roles.ADMIN, Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.RESIDENT})
    public void changeOwnPassword(String current, String next, String confirmation) {
        String me = caller.name();
        if (me != null && me.startsWith(ResidentAccount.PRINCIPAL_PREFIX)) {
            ResidentAccount account = residents.byId(residentId(me)).filter(ResidentAccount::isActive)
                    .orElseThrow(PasswordService::noAccount);
            check(current, next, confirmation, account.passwordHash(), account.login());
            account.changePassword(SignInService.HASHER.hash(next.toCharArray()));
            audit.record(me, "password.change", "resident", String.valueOf(account.id()), null);
            return;
        }
        StaffAccount account = staff.byUsername(me == null ? "" : me).filter(StaffAccount::isActive)
                .orElseThrow(PasswordService::noAccount);
        check(current, next, confirmation, account.passwordHash(), account.username());
        account.changePassword(SignInService.HASHER.hash(next.toCharArray()));
        audit.record(me, "password.change", "staff", account.username(), null);
    }

    private void check(String current, String next, String confirmation, String hash, String login) {
        boolean currentMatches = current != null && SignInService.HASHER.verify(current.toCharArray(), hash);
        Validation validation = new Validation()
                .require(currentMatches, "currentPassword", "当前密码不正确", "The current password is wrong");
        settings.policy().check(validation, "newPassword", next, login)
                .require(next == null || !next.equals(current), "newPassword", "新密码不能与当前密码相同",
                        "The new password must differ from the current one")
                .require(confirmation == null || confirmation.equals(next), "confirmPassword",
                        "两次输入的新密码不一致", "The two new passwords differ")
                .throwIfInvalid();
    }

    private static long residentId(String principalName) {
        try {
            return Long.parseLong(principalName.substring(ResidentAccount.PRINCIPAL_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw noAccount();
        }
    }

    private static Forbidden noAccount() {
        return new Forbidden("请先登录", "Sign in first");
    }
}

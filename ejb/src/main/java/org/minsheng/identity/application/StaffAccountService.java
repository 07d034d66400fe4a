package org.minsheng.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.OneTimePassword;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffAccountView;
import org.minsheng.identity.domain.Role;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;

/**
 * The administrator's hold on staff accounts: every account, active or not; reset a password to a
 * one-time one the person must change at the next sign-in; deactivate and reactivate.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAccountService {

    /** No 0/O, 1/l/I: the one-time password is read off the screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int ONE_TIME_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;

    @Inject
    StaffRepository staff;

    @Inject
    AuditTrail audit;

    public List<StaffAccountView> accounts() {
        return staff.all().stream().map(StaffAccountService::view).toList();
    }

    /** A new one-time password, returned once; only its hash is kept. */
    public OneTimePassword resetPassword(String username) {
        StaffAccount account = account(username);
        String password = oneTimePassword();
        account.resetPassword(SignInService.HASHER.hash(password.toCharArray()));
        audit.record(caller.name(), "password.reset", "staff", account.username(), "one-time password issued");
        return new OneTimePassword(account.username(), password);
    }

    /** The account can no longer sign in, and its sessions end at their next request. */
    public StaffAccountView deactivate(String username) {
        StaffAccount account = account(username);
        if (account.username().equals(caller.name())) {
            throw new Conflict("不能停用自己的账号", "You cannot deactivate your own account");
        }
        if (account.isActive()) {
            account.deactivate();
            audit.record(caller.name(), "account.deactivate", "staff", account.username(), null);
        }
        return view(account);
    }

    public StaffAccountView reactivate(String username) {
        StaffAccount account = account(username);
        if (!account.isActive()) {
            account.reactivate();
            audit.record(caller.name(), "account.reactivate", "staff", account.username(), null);
        }
        return view(account);
    }

    private StaffAccount account(String username) {
        return staff.byUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFound("没有该账号", "No such account"));
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static StaffAccountView view(StaffAccount a) {
        return new StaffAccountView(a.username(), a.displayName(), a.roles().stream().map(Role::roleName).sorted().toList(),
                a.departmentCode(), a.isActive(), a.isPasswordChangeRequired());
    }
}

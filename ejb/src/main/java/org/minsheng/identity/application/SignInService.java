package org.minsheng.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.AccountStatus;
import org.minsheng.identity.api.Authenticator;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.identity.api.SignInResult;
import org.minsheng.identity.domain.PasswordHasher;
import org.minsheng.identity.domain.PasswordPolicy;
import org.minsheng.identity.domain.ResidentAccount;
import org.minsheng.identity.domain.ResidentLogin;
import org.minsheng.identity.domain.ResidentRepository;
import org.minsheng.identity.domain.Role;
import org.minsheng.identity.domain.SignInFailure;
import org.minsheng.identity.domain.SignInFailures;
import org.minsheng.identity.domain.SignInThrottle;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;

/**
 * Every sign-in of staff and residents: throttled (see {@link SignInThrottle}), checked, audited as
 * {@code sign-in} or {@code sign-in.failed} with the client address and never the password.
 */
@Stateless
@Local(Authenticator.class)
@PermitAll
public class SignInService implements Authenticator {

    static final PasswordHasher HASHER = new PasswordHasher();
    /** Verified against when the login is unknown, so timing does not tell which logins exist. */
    private static final String DUMMY_HASH = HASHER.hash("unused-password-1".toCharArray());
    private static final SignInThrottle THROTTLE = new SignInThrottle();
    private static final int MAX_LOGIN = 120;
    private static final int MAX_ADDRESS = 64;

    @Inject
    Clock clock;

    @Inject
    StaffRepository staff;

    @Inject
    ResidentRepository residents;

    @Inject
    SignInFailures failures;

    @Inject
    AuditTrail audit;

    @Inject
    AccountSettings settings;

    /** The account a login names: who it is in the audit trail, its hash and whether it may sign in. */
    private record Account(String actor, String subjectType, String subjectId, String hash, boolean active,
                           String principal, Set<String> roles) {
    }

    @Override
    public SignInResult signIn(String login, char[] password, String clientAddress) {
        String key = key(login);
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : cut(clientAddress, MAX_ADDRESS);
        Instant now = clock.instant();
        List<SignInFailure> recent = failures.of(key, now.minus(SignInThrottle.WINDOW));
        Optional<Instant> until = THROTTLE.blockedUntil(recent.stream().map(SignInFailure::failedAt).toList(),
                recent.stream().filter(f -> f.clientAddress().equals(address)).map(SignInFailure::failedAt).toList(),
                now);
        Optional<Account> account = account(key);
        String actor = account.map(Account::actor).orElse(key);
        String type = account.map(Account::subjectType).orElse("login");
        String subject = account.map(Account::subjectId).orElse(key);
        if (until.isPresent()) {
            audit.record(actor, "sign-in.failed", type, subject, "throttled, from " + address);
            return SignInResult.throttled(SignInThrottle.secondsUntil(until.get(), now));
        }
        boolean matches = HASHER.verify(password, account.map(Account::hash).orElse(DUMMY_HASH));
        if (!matches || !account.get().active()) {
            failures.add(new SignInFailure(key, address, now));
            String why = account.isEmpty() ? "unknown login" : matches ? "account deactivated" : "wrong password";
            audit.record(actor, "sign-in.failed", type, subject, why + ", from " + address);
            return SignInResult.refused();
        }
        PasswordPolicy policy = settings.policy();
        if (!policy.demoPasswordAllowed() && policy.isDemoPassword(password)) {
            audit.record(actor, "sign-in.failed", type, subject, "demo password refused, from " + address);
            return SignInResult.demoPassword();
        }
        failures.clear(key, address);
        audit.record(actor, "sign-in", type, subject, "from " + address);
        return SignInResult.signedIn(account.get().principal(), account.get().roles());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountStatus status(String principalName) {
        if (principalName != null && principalName.startsWith(ResidentAccount.PRINCIPAL_PREFIX)) {
            return residentId(principalName).flatMap(residents::byId).filter(ResidentAccount::isActive)
                    .map(a -> AccountStatus.ACTIVE).orElse(AccountStatus.INACTIVE);
        }
        return Optional.ofNullable(principalName).flatMap(staff::byUsername).filter(StaffAccount::isActive)
                .map(a -> a.isPasswordChangeRequired() ? AccountStatus.PASSWORD_CHANGE_REQUIRED : AccountStatus.ACTIVE)
                .orElse(AccountStatus.INACTIVE);
    }

    private Optional<Account> account(String key) {
        Optional<StaffAccount> member = staff.byUsername(key);
        if (member.isPresent()) {
            StaffAccount a = member.get();
            return Optional.of(new Account(a.username(), "staff", a.username(), a.passwordHash(), a.isActive(),
                    a.username(), a.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet())));
        }
        return ResidentLogin.normalise(key).flatMap(residents::byLogin)
                .map(r -> new Account(r.principalName(), "resident", String.valueOf(r.id()), r.passwordHash(),
                        r.isActive(), r.principalName(), Set.of(ResidentPrincipal.ROLE)));
    }

    /** The login as the throttle and the audit trail know it: trimmed, lower case, at most 120 characters. */
    static String key(String login) {
        return cut(login == null ? "" : login.strip().toLowerCase(Locale.ROOT), MAX_LOGIN);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Optional<Long> residentId(String principalName) {
        try {
            return Optional.of(Long.parseLong(principalName.substring(ResidentAccount.PRINCIPAL_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.minsheng.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.identity.domain.PasswordHasher;
import org.minsheng.identity.domain.ResidentAccount;
import org.minsheng.identity.domain.ResidentLogin;
import org.minsheng.identity.domain.ResidentRepository;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.Validation;

@Stateless
@Local(ResidentDirectory.class)
@PermitAll
public class ResidentService implements ResidentDirectory {

    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Verified against when the login is unknown, so timing does not tell which logins exist. */
    private static final String DUMMY_HASH = HASHER.hash("unused-password-1".toCharArray());

    @Inject
    Clock clock;

    @Inject
    ResidentRepository residents;

    @Inject
    AuditTrail audit;

    @Inject
    AccountSettings settings;

    @Override
    public ResidentPrincipal register(String login, String displayName, String password) {
        Optional<String> normalised = ResidentLogin.normalise(login);
        Validation validation = new Validation()
                .require(normalised.isPresent(), "login", "请填写电子邮箱或11位手机号码",
                        "Enter an e-mail address or an 11-digit mobile number")
                .text(displayName, "displayName", "称呼", "Name", 20, true);
        settings.policy().check(validation, "password", password, normalised.orElse(login)).throwIfInvalid();
        if (residents.byLogin(normalised.get()).isPresent()) {
            throw new Conflict("该邮箱或手机号已注册，请直接登录", "This e-mail address or mobile number is already registered");
        }
        ResidentAccount account = new ResidentAccount(normalised.get(), displayName.strip(),
                HASHER.hash(password.toCharArray()), clock.instant());
        residents.add(account);
        audit.record(account.principalName(), "resident.register", "resident", String.valueOf(account.id()), null);
        return principal(account);
    }

    @Override
    public Optional<ResidentPrincipal> authenticate(String login, char[] password) {
        Optional<ResidentAccount> account = ResidentLogin.normalise(login).flatMap(residents::byLogin);
        boolean matches = HASHER.verify(password, account.map(ResidentAccount::passwordHash).orElse(DUMMY_HASH));
        return account.filter(a -> matches && a.isActive()).map(ResidentService::principal);
    }

    @Override
    public Optional<ResidentPrincipal> find(String principalName) {
        return account(principalName).map(ResidentService::principal);
    }

    @Override
    public Optional<String> emailOf(String principalName) {
        return account(principalName).map(ResidentAccount::login).filter(login -> login.contains("@"));
    }

    private Optional<ResidentAccount> account(String principalName) {
        if (principalName == null || !principalName.startsWith(ResidentAccount.PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(principalName.substring(ResidentAccount.PRINCIPAL_PREFIX.length()));
            return residents.byId(id).filter(ResidentAccount::isActive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ResidentPrincipal principal(ResidentAccount a) {
        return new ResidentPrincipal(a.principalName(), a.displayName());
    }
}

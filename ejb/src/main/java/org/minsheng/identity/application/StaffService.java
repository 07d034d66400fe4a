package org.minsheng.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.identity.domain.PasswordHasher;
import org.minsheng.identity.domain.Role;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;

@Stateless
@LocalBean
@Local(StaffDirectory.class)
@PermitAll
public class StaffService implements StaffDirectory {

    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Verified against when the user does not exist, so timing does not tell which names exist. */
    private static final String DUMMY_HASH = HASHER.hash("unused".toCharArray());

    @Inject
    StaffRepository repository;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Override
    public Optional<StaffPrincipal> authenticate(String username, char[] password) {
        Optional<StaffAccount> account = repository.byUsername(username == null ? "" : username.trim());
        boolean matches = HASHER.verify(password, account.map(StaffAccount::passwordHash).orElse(DUMMY_HASH));
        return account.filter(a -> matches && a.isActive()).map(StaffService::principal);
    }

    @Override
    public Optional<StaffPrincipal> find(String username) {
        return repository.byUsername(username).filter(StaffAccount::isActive).map(StaffService::principal);
    }

    @Override
    public java.util.List<StaffPrincipal> withRole(String role, String departmentCode) {
        return repository.allActive().stream()
                .map(StaffService::principal)
                .filter(p -> p.hasRole(role) && (departmentCode == null || departmentCode.equals(p.departmentCode())))
                .toList();
    }

    /** Creates an account (site administration and demo data). */
    @RolesAllowed("admin")
    public void create(String username, String displayName, String password, Set<Role> roles, String departmentCode) {
        repository.add(new StaffAccount(username, displayName, HASHER.hash(password.toCharArray()), roles, departmentCode));
        audit.record(session.getCallerPrincipal().getName(), "staff.create", "staff", username,
                roles + " @" + departmentCode);
    }

    @RolesAllowed("admin")
    public long count() {
        return repository.count();
    }

    private static StaffPrincipal principal(StaffAccount a) {
        return new StaffPrincipal(a.username(), a.displayName(),
                a.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), a.departmentCode());
    }
}

package org.minsheng.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.identity.domain.PasswordHasher;
import org.minsheng.identity.domain.ResidentLogin;
import org.minsheng.identity.domain.Role;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.site.api.SiteDirectory;

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

    @Inject
    SiteDirectory site;

    @Inject
    AccountSettings settings;

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
    public Optional<String> emailOf(String username) {
        return repository.byUsername(username).filter(StaffAccount::isActive).map(StaffAccount::email);
    }

    /** Sets or clears the e-mail address notifications go to. */
    @RolesAllowed(Roles.ADMIN)
    public void changeEmail(String username, String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        new Validation().require(address == null || ResidentLogin.normalise(address).filter(a -> a.contains("@"))
                        .isPresent(), "email", "电子邮箱格式不正确", "Not an e-mail address")
                .throwIfInvalid();
        StaffAccount account = repository.byUsername(username)
                .orElseThrow(() -> new NotFound("没有该账号", "No such account"));
        account.changeEmail(address);
        audit.record(session.getCallerPrincipal().getName(), "staff.email", "staff", username, null);
    }

    @Override
    public Optional<String> leaderOf(String username) {
        return repository.byUsername(username).filter(StaffAccount::isActive).map(StaffAccount::leaderCode);
    }

    /** Makes a leader-role account the office of a leader (its mailbox), or unlinks it (null). */
    @RolesAllowed(Roles.ADMIN)
    public void linkLeader(String username, String leaderCode) {
        String code = leaderCode == null || leaderCode.isBlank() ? null : leaderCode.strip();
        StaffAccount account = repository.byUsername(username)
                .orElseThrow(() -> new NotFound("没有该账号", "No such account"));
        new Validation()
                .require(code == null || site.leader(code).isPresent(), "leaderCode", "没有该领导", "No such leader")
                .require(code == null || account.roles().contains(Role.LEADER), "leaderCode",
                        "只有领导角色的账号可以关联领导", "Only an account with the leader role can be a leader's office")
                .throwIfInvalid();
        account.linkLeader(code);
        audit.record(session.getCallerPrincipal().getName(), "staff.leader", "staff", username, code);
    }

    @Override
    public List<StaffPrincipal> withRole(String role, String departmentCode) {
        return repository.allActive().stream()
                .map(StaffService::principal)
                .filter(p -> p.hasRole(role) && (departmentCode == null || departmentCode.equals(p.departmentCode())))
                .toList();
    }

    /** Creates an account (site administration and demo data). */
    @RolesAllowed(Roles.ADMIN)
    public void create(String username, String displayName, String password, Set<Role> roles, String departmentCode) {
        repository.add(new StaffAccount(username, displayName, HASHER.hash(password.toCharArray()), roles, departmentCode));
        audit.record(session.getCallerPrincipal().getName(), "staff.create", "staff", username,
                roles + " @" + departmentCode);
    }

    /** Site administration: a new staff account with validated roles, department and password. */
    @RolesAllowed(Roles.ADMIN)
    public StaffPrincipal createAccount(String username, String displayName, String password, List<String> roleNames,
                                       String departmentCode) {
        Set<Role> roles = roles(roleNames);
        Validation validation = new Validation();
        settings.policy().check(validation, "password", password, username);
        validation
                .require(username != null && username.matches("[a-z][a-z0-9-]{1,39}"), "username",
                        "用户名应为2至40位小写字母、数字或连字符", "The user name needs 2 to 40 lower-case letters, digits or -")
                .text(displayName, "displayName", "显示名称", "Display name", 30, true)
                .require(!roles.isEmpty(), "roles", "请至少选择一个有效角色", "Choose at least one valid role")
                .require(departmentCode != null && site.department(departmentCode).isPresent(), "departmentCode",
                        "请选择所属单位", "Choose the department")
                .throwIfInvalid();
        if (repository.byUsername(username).isPresent()) {
            throw new Conflict("用户名已存在", "The user name is taken");
        }
        create(username, displayName.strip(), password, roles, departmentCode);
        return find(username).orElseThrow();
    }

    /** Changes roles, department or whether the account may sign in. */
    @RolesAllowed(Roles.ADMIN)
    public StaffPrincipal changeAccount(String username, List<String> roleNames, String departmentCode, boolean active) {
        Set<Role> roles = roles(roleNames);
        new Validation()
                .require(!roles.isEmpty(), "roles", "请至少选择一个有效角色", "Choose at least one valid role")
                .require(departmentCode != null && site.department(departmentCode).isPresent(), "departmentCode",
                        "请选择所属单位", "Choose the department")
                .throwIfInvalid();
        StaffAccount account = repository.byUsername(username)
                .orElseThrow(() -> new NotFound("没有该账号", "No such account"));
        account.reassign(roles, departmentCode, active);
        audit.record(session.getCallerPrincipal().getName(), "staff.change", "staff", username,
                roles + " @" + departmentCode + (active ? "" : " inactive"));
        return principal(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<StaffPrincipal> accounts() {
        return repository.allActive().stream().map(StaffService::principal).toList();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role r : Role.values()) {
                if (names.contains(r.roleName())) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return repository.count();
    }

    private static StaffPrincipal principal(StaffAccount a) {
        return new StaffPrincipal(a.username(), a.displayName(),
                a.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), a.departmentCode());
    }
}

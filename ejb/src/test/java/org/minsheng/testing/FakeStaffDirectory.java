package org.minsheng.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;

/** Staff accounts a test adds by hand; nobody signs in with a password here. */
public final class FakeStaffDirectory implements StaffDirectory {

    private final Map<String, StaffPrincipal> accounts = new LinkedHashMap<>();
    private final Map<String, String> leaders = new LinkedHashMap<>();

    /** Makes an account a leader's office. */
    public FakeStaffDirectory office(String username, String leaderCode) {
        leaders.put(username, leaderCode);
        return this;
    }

    @Override
    public Optional<String> leaderOf(String username) {
        return Optional.ofNullable(leaders.get(username));
    }

    /** Adds an account named "{username}名". */
    public FakeStaffDirectory add(String username, String departmentCode, String... roles) {
        return addNamed(username, username + "名", departmentCode, roles);
    }

    public FakeStaffDirectory addNamed(String username, String displayName, String departmentCode, String... roles) {
        accounts.put(username, new StaffPrincipal(username, displayName, Set.of(roles), departmentCode));
        return this;
    }

    @Override
    public Optional<StaffPrincipal> authenticate(String username, char[] password) {
        throw new UnsupportedOperationException("the services' tests sign nobody in");
    }

    @Override
    public Optional<StaffPrincipal> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public Optional<String> emailOf(String username) {
        return Optional.empty();
    }

    @Override
    public List<StaffPrincipal> withRole(String role, String departmentCode) {
        return accounts.values().stream()
                .filter(p -> p.hasRole(role) && (departmentCode == null || departmentCode.equals(p.departmentCode())))
                .sorted(Comparator.comparing(StaffPrincipal::username))
                .toList();
    }
}

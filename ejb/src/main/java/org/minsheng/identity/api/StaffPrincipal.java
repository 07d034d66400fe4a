package org.minsheng.identity.api;

import java.util.Set;

/** A signed-in member of staff: role names as used by {@code @RolesAllowed}. */
public record StaffPrincipal(String username, String displayName, Set<String> roles, String departmentCode) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

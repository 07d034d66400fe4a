package org.minsheng.identity.domain;

/** Staff roles; the names are the role names used in {@code @RolesAllowed}. */
public enum Role {
    HANDLER("handler"),
    DISPATCHER("dispatcher"),
    REVIEWER("reviewer"),
    LEADER("leader"),
    DISCIPLINE("discipline"),
    DEPT_ADMIN("dept-admin"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}

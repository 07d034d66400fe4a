package org.minsheng.identity.domain;

/** Staff roles; the names are the role names used in {@code @RolesAllowed}. */
public enum Role {
    HANDLER("handler"),
    DISPATCHER("dispatcher"),
    REVIEWER("reviewer"),
    LEADER("leader"),
    DISCIPLINE("discipline"),
    DEPT_ADMIN("dept-admin"),
    ADMIN("admin"),
    /** Hosts online interviews (主持人): starts, posts, ends them. */
    HOST("host"),
    /** An official taking part in an online interview (嘉宾). */
    GUEST("guest"),
    /** Moderates residents' questions during interviews (审核员). */
    MODERATOR("moderator");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}

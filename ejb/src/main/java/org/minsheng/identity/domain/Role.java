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
    MODERATOR("moderator"),
    /** Drafts published content of their department's site: news, disclosure, guides, polls, hearings (编辑). */
    EDITOR("editor"),
    /** Reviews and signs off their department's content before it is published (审签). */
    APPROVER("approver"),
    /** Enters cases for callers of the 12345 hotline, letters and visits (话务员). */
    CALL_TAKER("call-taker");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}

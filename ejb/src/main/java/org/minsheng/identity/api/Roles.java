package org.minsheng.identity.api;

/**
 * The staff role names, as compile-time constants for {@code @RolesAllowed} and role checks.
 * {@code RolesTest} keeps them equal to the staff {@code Role} enum plus the resident role, and to the
 * roles {@code web.xml} declares.
 */
public final class Roles {

    /** Handles the department's cases (承办人). */
    public static final String HANDLER = "handler";
    /** Dispatches cases to departments (分办员). */
    public static final String DISPATCHER = "dispatcher";
    /** Reviews replies before they go out (审核员). */
    public static final String REVIEWER = "reviewer";
    /** A city leader: reads leader mailboxes, supervises, instructs. */
    public static final String LEADER = "leader";
    /** The discipline inspection commission: handles the report mailbox. */
    public static final String DISCIPLINE = "discipline";
    /** A department's head: reviews its replies, decides extensions. */
    public static final String DEPT_ADMIN = "dept-admin";
    /** The platform administrator. */
    public static final String ADMIN = "admin";
    /** Hosts online interviews (主持人). */
    public static final String HOST = "host";
    /** An official taking part in an online interview (嘉宾). */
    public static final String GUEST = "guest";
    /** Moderates residents' questions during interviews. */
    public static final String MODERATOR = "moderator";
    /** Drafts published content of their department's site: news, disclosure, guides, polls, hearings (编辑). */
    public static final String EDITOR = "editor";
    /** Reviews and signs off their department's content before it is published (审签). */
    public static final String APPROVER = "approver";
    /** Enters cases for callers of the 12345 hotline, letters and visits (话务员). */
    public static final String CALL_TAKER = "call-taker";
    /** A signed-in resident (not staff): follows their own cases. */
    public static final String RESIDENT = "resident";

    private Roles() {
    }
}

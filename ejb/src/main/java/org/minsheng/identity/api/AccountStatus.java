package org.minsheng.identity.api;

/** Whether a signed-in account's session may go on. */
public enum AccountStatus {
    ACTIVE,
    /** Signed in with a one-time password: only the change-password page and sign-out until changed. */
    PASSWORD_CHANGE_REQUIRED,
    /** Deactivated or gone: its sessions end. */
    INACTIVE
}

package org.minsheng.identity.api;

import java.util.List;
import java.util.Optional;

/** Staff authentication and look-up, for the web layer's authentication mechanism and other features. */
public interface StaffDirectory {

    /** The account when the password matches and the account is active; empty otherwise. */
    Optional<StaffPrincipal> authenticate(String username, char[] password);

    Optional<StaffPrincipal> find(String username);

    /** The e-mail address for notifications, when the account has one. */
    Optional<String> emailOf(String username);

    /** Active staff with a role, in one department or anywhere when {@code departmentCode} is null. */
    List<StaffPrincipal> withRole(String role, String departmentCode);

    /** The leader whose office the account is (its mailbox scope), when it is linked to one. */
    Optional<String> leaderOf(String username);
}

package org.minsheng.identity.api;

import java.util.List;

/** A staff account as the administrator's account list shows it, active or not. */
public record StaffAccountView(String username, String displayName, List<String> roles, String departmentCode,
                               boolean active, boolean passwordChangeRequired) {
}

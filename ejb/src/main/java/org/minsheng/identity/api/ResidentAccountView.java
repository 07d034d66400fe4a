package org.minsheng.identity.api;

import java.time.Instant;

/** A resident's account as the administrator's list shows it, active or not. */
public record ResidentAccountView(long id, String login, String displayName, Instant createdAt, boolean active) {
}

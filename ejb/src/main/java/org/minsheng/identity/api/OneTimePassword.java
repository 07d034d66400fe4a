package org.minsheng.identity.api;

/** A password an administrator reset: shown once to the administrator, never stored in clear. */
public record OneTimePassword(String username, String password) {
}

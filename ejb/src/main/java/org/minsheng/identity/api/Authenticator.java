package org.minsheng.identity.api;

/**
 * Sign-in for the web layer's authentication mechanism: staff and residents alike, throttled per
 * login and client address, every attempt audited.
 */
public interface Authenticator {

    /**
     * Checks a login (a staff user name, or a resident's e-mail address or mobile number) and its
     * password. A throttled attempt does not check the password at all.
     */
    SignInResult signIn(String login, char[] password, String clientAddress);

    /** Whether a signed-in principal (staff user name or {@code resident:<id>}) may go on. */
    AccountStatus status(String principalName);
}

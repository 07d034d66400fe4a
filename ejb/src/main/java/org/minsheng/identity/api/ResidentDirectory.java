package org.minsheng.identity.api;

import java.util.Optional;

/** Residents' accounts, for the web layer's identity store and pages. */
public interface ResidentDirectory {

    /** Registers an account; the login is an e-mail address or a mobile number. */
    ResidentPrincipal register(String login, String displayName, String password);

    /** The account when the login is a resident's and the password matches; empty otherwise. */
    Optional<ResidentPrincipal> authenticate(String login, char[] password);

    Optional<ResidentPrincipal> find(String principalName);

    /** The e-mail address of a resident who registered with one (not with a mobile number). */
    Optional<String> emailOf(String principalName);
}

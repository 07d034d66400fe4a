package org.minsheng.identity.domain;

import java.time.Instant;
import java.util.List;

/** The failed sign-ins the throttle counts; kept in the database so that every node sees them. */
public interface SignInFailures {

    /** The login's failures after {@code since}, from every address. */
    List<SignInFailure> of(String login, Instant since);

    void add(SignInFailure failure);

    /** Forgets the failures of a login from one address (after a success there). */
    void clear(String login, String clientAddress);

    /** Deletes failures at or before {@code before}; returns how many. */
    int purge(Instant before);
}

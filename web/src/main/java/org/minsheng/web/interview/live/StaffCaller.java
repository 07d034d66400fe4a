package org.minsheng.web.interview.live;

import jakarta.ejb.EJBAccessException;
import java.util.Set;
import java.util.function.Supplier;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The signed-in staff member behind a staff channel, kept in the session's user properties from
 * the handshake on: the name, the roles the handler checks, and the identity actions run as (so
 * the services' own role checks and audit trail see the real person).
 */
record StaffCaller(String username, Set<String> roles, SecurityIdentity identity) {

    static final String PROPERTY = StaffCaller.class.getName();

    boolean hasAnyRole(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    <T> T act(Supplier<T> action) {
        if (identity == null) {
            throw new EJBAccessException("no identity from the handshake");
        }
        // Elytron's current entry point passes two arguments along; the action needs none.
        return identity.runAsFunction((unused, alsoUnused) -> action.get(), null, null);
    }
}

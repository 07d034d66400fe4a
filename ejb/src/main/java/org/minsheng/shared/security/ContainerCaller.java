package org.minsheng.shared.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.Principal;

/**
 * The caller of the current EJB invocation. A local call keeps the caller's identity, so this
 * bean sees the principal and roles of the service that asks.
 */
@Stateless
@Local(Caller.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContainerCaller implements Caller {

    @Resource
    SessionContext session;

    @Override
    public String name() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    @Override
    public boolean isInRole(String role) {
        return session.isCallerInRole(role);
    }
}

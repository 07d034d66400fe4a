package org.minsheng.interview.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/** The caller as the EJB container knows it: the identity the use case was called with, passed on to this bean. */
@Stateless
@PermitAll
public class ContainerCaller implements Caller {

    @Resource
    SessionContext session;

    @Override
    public String name() {
        return session.getCallerPrincipal().getName();
    }

    @Override
    public boolean isInRole(String role) {
        return session.isCallerInRole(role);
    }
}

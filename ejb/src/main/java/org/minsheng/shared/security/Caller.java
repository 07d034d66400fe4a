package org.minsheng.shared.security;

/**
 * Who calls a use case, as the container authenticated them. A port, so that application services
 * can be tested without a container; {@link ContainerCaller} is the container's answer.
 */
public interface Caller {

    /** The principal name: a staff member's user name, a resident account's name, or "anonymous". */
    String name();

    boolean isInRole(String role);
}

package org.minsheng.interview.application;

/**
 * Who calls a use case: the signed-in staff member. A port, so that the services can be tested
 * without a container; {@link ContainerCaller} is the container's answer.
 */
public interface Caller {

    /** The caller's user name. */
    String name();

    boolean isInRole(String role);
}

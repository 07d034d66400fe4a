package org.minsheng.cases.application;

/** Who calls a use case, as the container authenticated them. */
public interface Caller {

    /** The principal name; "anonymous" for a resident without an account. */
    String name();

    boolean isInRole(String role);
}

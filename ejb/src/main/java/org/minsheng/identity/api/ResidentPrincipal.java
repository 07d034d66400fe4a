package org.minsheng.identity.api;

/** A signed-in resident: {@code name} is the principal name ({@code resident:<id>}). */
public record ResidentPrincipal(String name, String displayName) {

    /** The role every signed-in resident has. */
    public static final String ROLE = Roles.RESIDENT;
}

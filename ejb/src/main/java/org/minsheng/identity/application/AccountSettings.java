package org.minsheng.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.identity.domain.PasswordPolicy;

/**
 * The accounts' settings. The demo data's shared password may be used only where the demo data
 * is on ({@code minsheng.demo-data}), unless {@code minsheng.identity.demo-password-allowed} says
 * otherwise (a further node of a demo cluster, which does not load the demo data itself).
 */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "minsheng.demo-data", defaultValue = "true")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "minsheng.identity.demo-password-allowed")
    Optional<Boolean> demoPasswordAllowed;

    @Inject
    @ConfigProperty(name = "minsheng.admin-password")
    Optional<String> adminPassword;

    public PasswordPolicy policy() {
        return new PasswordPolicy(demoPasswordAllowed.orElse(demoData));
    }

    /** The administrator's first password, from the environment; see {@link AdminBootstrap}. */
    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isEmpty());
    }
}

package org.minsheng.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.domain.PasswordPolicy;
import org.minsheng.identity.domain.Role;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.error.ValidationFailed;

/**
 * The administrator's first password, from {@code minsheng.admin-password}
 * ({@code MINSHENG_ADMIN_PASSWORD}) at start: creates the account {@value #ADMIN} when it does not
 * exist, or sets its password while it is still the demo data's shared one. Any other password is
 * left alone, so the setting can stay in place after the administrator changed theirs.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "DemoData"})
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    StaffRepository staff;

    @Inject
    AuditTrail audit;

    @Inject
    AccountSettings settings;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void start() {
        Optional<String> password = settings.adminPassword();
        if (password.isEmpty()) {
            if (staff.byUsername(ADMIN).isEmpty() && staff.count() == 0) {
                LOG.warning("No staff account exists: set MINSHENG_ADMIN_PASSWORD to create the administrator '"
                        + ADMIN + "'");
            }
            return;
        }
        apply(password.get());
    }

    /** What {@link #start()} does with a configured password; returns what it did, for the log and tests. */
    String apply(String password) {
        // The demo password is refused here even with the demo data on: this setting is for real deployments.
        List<FieldError> errors = errors(password);
        if (!errors.isEmpty()) {
            LOG.severe("MINSHENG_ADMIN_PASSWORD was not applied: " + errors.get(0).messageEn());
            return "refused";
        }
        Optional<StaffAccount> admin = staff.byUsername(ADMIN);
        if (admin.isEmpty()) {
            staff.add(new StaffAccount(ADMIN, "系统管理员", SignInService.HASHER.hash(password.toCharArray()),
                    EnumSet.of(Role.ADMIN), null));
            audit.record(AuditTrail.SYSTEM, "staff.create", "staff", ADMIN, "from MINSHENG_ADMIN_PASSWORD");
            LOG.info("Created the administrator '" + ADMIN + "' with the password from MINSHENG_ADMIN_PASSWORD");
            return "created";
        }
        if (SignInService.HASHER.verify(PasswordPolicy.DEMO_PASSWORD.toCharArray(), admin.get().passwordHash())) {
            admin.get().changePassword(SignInService.HASHER.hash(password.toCharArray()));
            audit.record(AuditTrail.SYSTEM, "password.reset", "staff", ADMIN, "from MINSHENG_ADMIN_PASSWORD");
            LOG.info("Replaced the demo password of '" + ADMIN + "' with the one from MINSHENG_ADMIN_PASSWORD");
            return "replaced";
        }
        return "kept";
    }

    private static List<FieldError> errors(String password) {
        try {
            new PasswordPolicy(false).check(new Validation(), "password", password, ADMIN).throwIfInvalid();
            return List.of();
        } catch (ValidationFailed e) {
            return e.errors();
        }
    }
}

package org.minsheng.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.api.AuditEntry;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.AccountStatus;
import org.minsheng.identity.api.SignInResult;
import org.minsheng.identity.api.SignInResult.Outcome;
import org.minsheng.identity.domain.PasswordHasher;
import org.minsheng.identity.domain.PasswordPolicy;
import org.minsheng.identity.domain.ResidentAccount;
import org.minsheng.identity.domain.ResidentRepository;
import org.minsheng.identity.domain.Role;
import org.minsheng.identity.domain.SignInFailure;
import org.minsheng.identity.domain.SignInFailures;
import org.minsheng.identity.domain.StaffAccount;
import org.minsheng.identity.domain.StaffRepository;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.security.Caller;
import org.minsheng.testing.MutableClock;

/** Sign-in, password change and reset against in-memory accounts, a fixed clock and a recording audit trail. */
class SignInServiceTest {

    private static final PasswordHasher FAST = new PasswordHasher(1_000);
    private static final String PASSWORD = "spring rain on the river";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final Staff staff = new Staff();
    private final Failures failures = new Failures();
    private final List<String> audit = new ArrayList<>();
    private final SignInService service = new SignInService();
    private final AccountSettings settings = new AccountSettings();
    private String caller = "admin";

    @BeforeEach
    void wire() {
        settings.demoData = false;
        settings.demoPasswordAllowed = Optional.empty();
        settings.adminPassword = Optional.empty();
        service.clock = clock;
        service.staff = staff;
        service.residents = new NoResidents();
        service.failures = failures;
        service.audit = new Recording();
        service.settings = settings;
        staff.accounts.add(new StaffAccount("wang", "王办理", FAST.hash(PASSWORD.toCharArray()), EnumSet.of(Role.HANDLER),
                "gaj"));
        staff.accounts.add(new StaffAccount("admin", "管理员", FAST.hash(PASSWORD.toCharArray()), EnumSet.of(Role.ADMIN),
                null));
    }

    @Test
    void signsInWithTheRightPasswordAndAuditsEveryAttemptWithoutThePassword() {
        assertThat(service.signIn("wang", "wrong password!".toCharArray(), "10.0.0.1").outcome())
                .isEqualTo(Outcome.REFUSED);
        SignInResult ok = service.signIn(" Wang ", PASSWORD.toCharArray(), "10.0.0.1");
        assertThat(ok.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(ok.principalName()).isEqualTo("wang");
        assertThat(ok.roles()).containsExactly("handler");
        assertThat(service.signIn("nobody", PASSWORD.toCharArray(), "10.0.0.1").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(audit).containsExactly(
                "wang sign-in.failed staff:wang wrong password, from 10.0.0.1",
                "wang sign-in staff:wang from 10.0.0.1",
                "nobody sign-in.failed login:nobody unknown login, from 10.0.0.1");
        assertThat(String.join("\n", audit)).doesNotContain(PASSWORD).doesNotContain("wrong password!");
        assertThat(failures.rows).as("the success cleared its address's failure").hasSize(1);
    }

    @Test
    void throttlesPerLoginAndAddressAndLetsTheRealUserInFromElsewhere() {
        for (int i = 0; i < 5; i++) {
            assertThat(service.signIn("wang", ("guess number " + i).toCharArray(), "203.0.113.9").outcome())
                    .isEqualTo(Outcome.REFUSED);
        }
        SignInResult throttled = service.signIn("wang", PASSWORD.toCharArray(), "203.0.113.9");
        assertThat(throttled.outcome()).as("even the right password waits").isEqualTo(Outcome.THROTTLED);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(30);
        assertThat(failures.rows).as("a throttled try is not counted again").hasSize(5);
        assertThat(audit.get(audit.size() - 1)).isEqualTo("wang sign-in.failed staff:wang throttled, from 203.0.113.9");

        assertThat(service.signIn("wang", PASSWORD.toCharArray(), "10.0.0.1").outcome()).isEqualTo(Outcome.SIGNED_IN);
        clock.advance(Duration.ofSeconds(30));
        assertThat(service.signIn("wang", PASSWORD.toCharArray(), "203.0.113.9").outcome())
                .as("after the delay").isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aHundredFailuresAnHourAnswerRetryAfterForEveryoneButLockNothingForLonger() {
        for (int i = 0; i < 100; i++) {
            service.signIn("wang", "bad password".toCharArray(), "198.51.100." + (i / 4));
            clock.advance(Duration.ofSeconds(20));
        }
        SignInResult capped = service.signIn("wang", PASSWORD.toCharArray(), "10.9.9.9");
        assertThat(capped.outcome()).isEqualTo(Outcome.THROTTLED);
        clock.advance(Duration.ofSeconds(capped.retryAfterSeconds()));
        assertThat(service.signIn("wang", PASSWORD.toCharArray(), "10.9.9.9").outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void refusesTheDemoPasswordWhenTheDemoDataIsOffAndAcceptsItWhenOn() {
        staff.accounts.add(new StaffAccount("zjj", "张", FAST.hash(PasswordPolicy.DEMO_PASSWORD.toCharArray()),
                EnumSet.of(Role.DISPATCHER), "gaj"));
        assertThat(service.signIn("zjj", PasswordPolicy.DEMO_PASSWORD.toCharArray(), "10.0.0.1").outcome())
                .isEqualTo(Outcome.DEMO_PASSWORD);
        assertThat(audit).containsExactly("zjj sign-in.failed staff:zjj demo password refused, from 10.0.0.1");
        settings.demoData = true;
        assertThat(service.signIn("zjj", PasswordPolicy.DEMO_PASSWORD.toCharArray(), "10.0.0.1").outcome())
                .isEqualTo(Outcome.SIGNED_IN);
        settings.demoPasswordAllowed = Optional.of(false);
        assertThat(service.signIn("zjj", PasswordPolicy.DEMO_PASSWORD.toCharArray(), "10.0.0.1").outcome())
                .as("the explicit setting wins").isEqualTo(Outcome.DEMO_PASSWORD);
    }

    @Test
    void aResetForcesAChangeAndADeactivatedAccountCannotSignInNorKeepItsSession() {
        StaffAccountService admin = new StaffAccountService();
        admin.caller = new FixedCaller();
        admin.staff = staff;
        admin.audit = service.audit;
        String oneTime = admin.resetPassword("wang").password();
        assertThat(oneTime).hasSize(16);
        assertThat(service.signIn("wang", PASSWORD.toCharArray(), "10.0.0.1").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(service.signIn("wang", oneTime.toCharArray(), "10.0.0.1").outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(service.status("wang")).isEqualTo(AccountStatus.PASSWORD_CHANGE_REQUIRED);

        PasswordService passwords = new PasswordService();
        caller = "wang";
        passwords.caller = new FixedCaller();
        passwords.staff = staff;
        passwords.residents = new NoResidents();
        passwords.audit = service.audit;
        passwords.settings = settings;
        assertThatThrownBy(() -> passwords.changeOwnPassword("not it", "wang", "wang"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).contains("currentPassword", "newPassword"));
        assertThatThrownBy(() -> passwords.changeOwnPassword(oneTime, PasswordPolicy.DEMO_PASSWORD, null))
                .isInstanceOf(ValidationFailed.class);
        passwords.changeOwnPassword(oneTime, "my own new password", "my own new password");
        assertThat(service.status("wang")).isEqualTo(AccountStatus.ACTIVE);
        assertThat(service.signIn("wang", "my own new password".toCharArray(), "10.0.0.1").signedIn()).isTrue();

        caller = "admin";
        admin.deactivate("wang");
        assertThat(service.status("wang")).isEqualTo(AccountStatus.INACTIVE);
        assertThat(service.signIn("wang", "my own new password".toCharArray(), "10.0.0.1").outcome())
                .isEqualTo(Outcome.REFUSED);
        admin.reactivate("wang");
        assertThat(service.status("wang")).isEqualTo(AccountStatus.ACTIVE);
        assertThatThrownBy(() -> admin.deactivate("admin")).isInstanceOf(org.minsheng.shared.error.Conflict.class);
        assertThat(audit).filteredOn(a -> !a.contains("sign-in")).containsExactly(
                "admin password.reset staff:wang one-time password issued",
                "wang password.change staff:wang null",
                "admin account.deactivate staff:wang null",
                "admin account.reactivate staff:wang null");
    }

    @Test
    void theAdministratorsFirstPasswordReplacesOnlyTheDemoPassword() {
        AdminBootstrap bootstrap = new AdminBootstrap();
        bootstrap.staff = staff;
        bootstrap.audit = service.audit;
        bootstrap.settings = settings;
        assertThat(bootstrap.apply("short")).isEqualTo("refused");
        assertThat(bootstrap.apply("the first admin password")).as("admin has its own password").isEqualTo("kept");
        staff.accounts.removeIf(a -> a.username().equals("admin"));
        assertThat(bootstrap.apply("the first admin password")).isEqualTo("created");
        assertThat(service.signIn("admin", "the first admin password".toCharArray(), "10.0.0.1").roles())
                .containsExactly("admin");
        staff.byUsername("admin").orElseThrow().changePassword(FAST.hash(PasswordPolicy.DEMO_PASSWORD.toCharArray()));
        assertThat(bootstrap.apply("another admin password")).isEqualTo("replaced");
        assertThat(service.signIn("admin", "another admin password".toCharArray(), "10.0.0.2").signedIn()).isTrue();
    }

    private final class FixedCaller implements Caller {
        @Override
        public String name() {
            return caller;
        }

        @Override
        public boolean isInRole(String role) {
            return false;
        }
    }

    private final class Recording implements AuditTrail {
        @Override
        public void record(String actor, String action, String subjectType, String subjectId, String detail) {
            audit.add(actor + " " + action + " " + subjectType + ":" + subjectId + " " + detail);
        }

        @Override
        public List<AuditEntry> of(String subjectType, String subjectId) {
            return List.of();
        }
    }

    private static final class Staff implements StaffRepository {
        final List<StaffAccount> accounts = new ArrayList<>();

        @Override
        public Optional<StaffAccount> byUsername(String username) {
            return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public long count() {
            return accounts.size();
        }

        @Override
        public List<StaffAccount> allActive() {
            return accounts.stream().filter(StaffAccount::isActive).toList();
        }

        @Override
        public List<StaffAccount> all() {
            return List.copyOf(accounts);
        }

        @Override
        public void add(StaffAccount account) {
            accounts.add(account);
        }
    }

    private static final class NoResidents implements ResidentRepository {
        @Override
        public Optional<ResidentAccount> byLogin(String login) {
            return Optional.empty();
        }

        @Override
        public Optional<ResidentAccount> byId(long id) {
            return Optional.empty();
        }

        @Override
        public List<ResidentAccount> search(String text, int limit) {
            return List.of();
        }

        @Override
        public void add(ResidentAccount account) {
            throw new UnsupportedOperationException("no registration here");
        }
    }

    private static final class Failures implements SignInFailures {
        final List<SignInFailure> rows = new ArrayList<>();
        final List<String> logins = new ArrayList<>();

        @Override
        public List<SignInFailure> of(String login, Instant since) {
            List<SignInFailure> found = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (logins.get(i).equals(login) && rows.get(i).failedAt().isAfter(since)) {
                    found.add(rows.get(i));
                }
            }
            return found;
        }

        @Override
        public void add(SignInFailure failure) {
            rows.add(failure);
            logins.add(failure.login());
        }

        @Override
        public void clear(String login, String clientAddress) {
            for (int i = rows.size() - 1; i >= 0; i--) {
                if (logins.get(i).equals(login) && rows.get(i).clientAddress().equals(clientAddress)) {
                    rows.remove(i);
                    logins.remove(i);
                }
            }
        }

        @Override
        public int purge(Instant before) {
            return 0;
        }
    }
}

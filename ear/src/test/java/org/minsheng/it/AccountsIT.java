package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts with the real EAR and PostgreSQL: changing one's own password, an administrator's reset
 * and the forced change it brings, deactivation ending sessions, and the sign-in throttle per
 * login and client address. Each test makes its own account, so the demo accounts other tests sign
 * in with are never throttled.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String FIRST = "first password of 2026";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** A new handler of the public security bureau with the password {@link #FIRST}. */
    private static String newAccount() {
        String username = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.signedIn("admin").post("/api/admin/site/staff", Json.createObjectBuilder()
                .add("username", username).add("displayName", "测试账号").add("password", FIRST)
                .add("roles", Json.createArrayBuilder().add("handler")).add("departmentCode", "gaj").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }

    private static long audited(String username, String action) {
        return Database.count("select count(*) from audit_record where subject_id = ? and action = ?", username, action);
    }

    @Test
    void staffChangeTheirPasswordAndSignInWithTheNewOne() {
        String username = newAccount();
        Api me = Api.anonymous();
        assertThat(me.post("/api/session", credentials(username, FIRST)).status()).isEqualTo(200);

        Api.Reply wrong = me.put("/api/me/password", change("not my password", "a brand new password"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("currentPassword");
        Api.Reply weak = me.put("/api/me/password", change(FIRST, "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body()).contains("newPassword").contains("密码长度应为10至128个字符")
                .contains("The password needs 10 to 128 characters");
        assertThat(me.put("/api/me/password", change(FIRST, username)).body()).contains("密码不能与登录名相同");

        assertThat(me.put("/api/me/password", change(FIRST, "a brand new password")).status()).isEqualTo(204);
        assertThat(me.get("/api/staff/workbench").status()).as("the session goes on").isEqualTo(200);
        assertThat(Api.anonymous().post("/api/session", credentials(username, FIRST)).status()).isEqualTo(401);
        assertThat(Api.anonymous().post("/api/session", credentials(username, "a brand new password")).status())
                .isEqualTo(200);
        assertThat(audited(username, "password.change")).isEqualTo(1);
        assertThat(audited(username, "sign-in")).isEqualTo(2);
        assertThat(audited(username, "sign-in.failed")).isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_record where detail like ?", "%brand new%"))
                .as("no password in the audit trail").isZero();

        // The page, without JavaScript: a form with the CSRF token; errors next to the fields.
        Api.Reply form = me.page("/staff/password");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("f-currentPassword").contains("name=\"_csrf\"");
        String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        Api.Reply refused = me.postForm("/staff/password", "_csrf=" + token
                + "&currentPassword=wrong&newPassword=x&confirmPassword=y");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("e-currentPassword").contains("e-newPassword").contains("e-confirmPassword");
        assertThat(me.postForm("/staff/password", "_csrf=bad&currentPassword=a+brand+new+password"
                + "&newPassword=yet+another+password&confirmPassword=yet+another+password").status()).isEqualTo(403);
        assertThat(me.postForm("/staff/password", "_csrf=" + token + "&currentPassword=a+brand+new+password"
                + "&newPassword=yet+another+password&confirmPassword=yet+another+password").body())
                .contains("password-changed");
    }

    @Test
    void residentsChangeTheirPasswordToo() {
        String mobile = "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        String first = "residents first password";
        Api resident = Api.anonymous();
        assertThat(resident.post("/api/residents", Json.createObjectBuilder().add("login", mobile)
                .add("displayName", "刘女士").add("password", first).build().toString()).status()).isEqualTo(201);
        String login = Json.createObjectBuilder().add("login", mobile).add("password", first).build().toString();
        assertThat(resident.post("/api/residents/session", login).status()).isEqualTo(200);
        assertThat(resident.page("/account/password").body()).contains("f-newPassword").contains("name=\"_csrf\"");
        assertThat(resident.put("/api/me/password", change(first, mobile)).body()).contains("密码不能与登录名相同");
        assertThat(resident.put("/api/me/password", change(first, "residents second password")).status())
                .isEqualTo(204);
        assertThat(Api.anonymous().post("/api/residents/session", login).status()).isEqualTo(401);
        assertThat(Api.anonymous().post("/api/residents/session", Json.createObjectBuilder().add("login", mobile)
                .add("password", "residents second password").build().toString()).status()).isEqualTo(200);
        assertThat(Api.anonymous().page("/account/password").status()).as("signed out: to the sign-in")
                .isEqualTo(303);
    }

    @Test
    void anAdministratorDeactivatesAResidentsAccount() {
        String mobile = "136" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        String password = "a resident to be stopped";
        String login = Json.createObjectBuilder().add("login", mobile).add("password", password).build().toString();
        Api resident = Api.anonymous();
        assertThat(resident.post("/api/residents", Json.createObjectBuilder().add("login", mobile)
                .add("displayName", "赵先生").add("password", password).build().toString()).status()).isEqualTo(201);
        assertThat(resident.post("/api/residents/session", login).status()).isEqualTo(200);
        assertThat(resident.page("/account/password").status()).isEqualTo(200);

        Api admin = Api.signedIn("admin");
        assertThat(Api.signedIn("zjj").get("/api/admin/resident-accounts?q=" + mobile).status())
                .as("administrators only").isEqualTo(403);
        Api.Reply found = admin.get("/api/admin/resident-accounts?q=" + mobile);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.array()).hasSize(1);
        String id = String.valueOf(found.array().getJsonObject(0).getJsonNumber("id").longValue());
        assertThat(admin.page("/staff/admin/residents?q=" + mobile).body()).contains(mobile).contains("name=\"_csrf\"");

        Api.Reply off = admin.post("/api/admin/resident-accounts/" + id + "/deactivation", "{}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().getBoolean("active")).isFalse();
        assertThat(resident.page("/account/password").status()).as("the open session ended").isEqualTo(303);
        assertThat(Api.anonymous().post("/api/residents/session", login).status()).isEqualTo(401);
        assertThat(admin.post("/api/admin/resident-accounts/not-a-number/deactivation", "{}").status()).isEqualTo(404);

        assertThat(admin.delete("/api/admin/resident-accounts/" + id + "/deactivation").status()).isEqualTo(200);
        assertThat(Api.anonymous().post("/api/residents/session", login).status()).isEqualTo(200);
        assertThat(audited(id, "account.deactivate")).isEqualTo(1);
        assertThat(audited(id, "account.reactivate")).isEqualTo(1);
    }

    @Test
    void anAdministratorsResetForcesAChangeBeforeAnythingElse() {
        String username = newAccount();
        Api admin = Api.signedIn("admin");
        assertThat(Api.signedIn("zjj").post("/api/admin/staff-accounts/" + username + "/password-reset", "{}")
                .status()).as("administrators only").isEqualTo(403);
        Api.Reply reset = admin.post("/api/admin/staff-accounts/" + username + "/password-reset", "{}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String oneTime = reset.json().getString("password");
        assertThat(oneTime).hasSize(16);
        assertThat(audited(username, "password.reset")).isEqualTo(1);
        assertThat(Api.anonymous().post("/api/session", credentials(username, FIRST)).status()).isEqualTo(401);

        Api me = Api.anonymous();
        assertThat(me.post("/api/session", credentials(username, oneTime)).status()).isEqualTo(200);
        Api.Reply blocked = me.get("/api/staff/workbench");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().getString("type")).endsWith("password-change-required");
        Api.Reply page = me.page("/staff");
        assertThat(page.status()).isEqualTo(302);
        assertThat(me.page("/staff/password").body()).contains("password-required");
        assertThat(me.get("/api/session").status()).as("who am I still answers").isEqualTo(200);

        assertThat(me.put("/api/me/password", change(oneTime, "my very own password")).status()).isEqualTo(204);
        assertThat(me.get("/api/staff/workbench").status()).isEqualTo(200);
        assertThat(admin.get("/api/admin/staff-accounts").body()).contains(username);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsSessionsStop() {
        String username = newAccount();
        Api admin = Api.signedIn("admin");
        Api me = Api.anonymous();
        assertThat(me.post("/api/session", credentials(username, FIRST)).status()).isEqualTo(200);
        assertThat(me.get("/api/staff/workbench").status()).isEqualTo(200);

        Api.Reply off = admin.post("/api/admin/staff-accounts/" + username + "/deactivation", "{}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().getBoolean("active")).isFalse();
        assertThat(me.get("/api/staff/workbench").status()).as("the open session ended").isEqualTo(401);
        assertThat(Api.anonymous().post("/api/session", credentials(username, FIRST)).status()).isEqualTo(401);
        assertThat(admin.post("/api/admin/staff-accounts/admin/deactivation", "{}").status())
                .as("not one's own account").isEqualTo(409);

        assertThat(admin.delete("/api/admin/staff-accounts/" + username + "/deactivation").status()).isEqualTo(200);
        assertThat(Api.anonymous().post("/api/session", credentials(username, FIRST)).status()).isEqualTo(200);
        assertThat(audited(username, "account.deactivate")).isEqualTo(1);
        assertThat(audited(username, "account.reactivate")).isEqualTo(1);
    }

    @Test
    void failedSignInsAreThrottledPerAddressWhileTheRealUserSignsInFromAnother() throws IOException {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("127.0.0.1", username, "guess number " + i)).startsWith("HTTP/1.1 401");
        }
        String throttled = signIn("127.0.0.1", username, FIRST);
        assertThat(throttled).as("even the right password waits").startsWith("HTTP/1.1 429")
                .containsIgnoringCase("Retry-After: ").contains("application/problem+json")
                .contains("too-many-requests").contains("登录失败次数过多");
        assertThat(signIn("127.0.0.2", username, FIRST)).as("the real user at another address")
                .startsWith("HTTP/1.1 200");
        assertThat(Database.count("select count(*) from audit_record where subject_id = ? and action = 'sign-in.failed'"
                + " and detail like 'throttled%'", username)).isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_record where subject_id = ? and action = 'sign-in.failed'"
                + " and detail like 'unknown login%'", "no-such-" + username)).isZero();
        assertThat(signIn("127.0.0.1", "no-such-" + username, FIRST)).startsWith("HTTP/1.1 401");
        assertThat(Database.count("select count(*) from audit_record where subject_id = ? and action = 'sign-in.failed'",
                "no-such-" + username)).as("unknown logins are audited too").isEqualTo(1);
    }

    /** {@code POST /api/session} from a given local address (all of 127/8 is this machine); the raw answer. */
    private static String signIn(String from, String username, String password) throws IOException {
        byte[] body = credentials(username, password).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8080 + Api.OFFSET), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

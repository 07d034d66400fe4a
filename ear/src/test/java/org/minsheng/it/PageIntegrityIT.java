package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tamper watch of published pages (website directive §九): an answer published through the
 * workflow is registered with the hash of what was approved, shown on its public page; a check
 * reads the page over HTTP and finds it intact; after the served content is changed in the
 * database behind the workflow's back, the next check alerts the administrator (alert record,
 * in-app notification, the integrity page).
 */
@ExtendWith(ArquillianExtension.class)
class PageIntegrityIT {

    private static final Pattern HASH_META = Pattern.compile("<meta name=\"minsheng-content-sha256\" content=\"([0-9a-f]{64})\">");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** A resident's public letter, answered and approved through the workflow; returns its tracking number. */
    private static String publishedAnswer(String title, String body, String reply) {
        JsonObject letter = Json.createObjectBuilder().add("channel", "LEADER_MAILBOX").add("leaderCode", "shizhang")
                .add("title", title).add("body", body).add("name", "赵六").add("mobile", "13712345678")
                .add("publicRequested", true).build();
        Api.Reply receipt = Api.anonymous().post("/api/submissions", letter.toString());
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String number = receipt.json().getString("trackingNumber");
        Api handler = Routing.handlerFor(number, receipt.json().getString("queryCode"), "cgj");
        String caseId = Database.text("select id from case_file where tracking_number = ?", number);
        long version = handler.get("/api/staff/cases/" + caseId).json().getJsonNumber("version").longValue();
        Api.Reply answered = handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", reply).add("publish", true).add("version", version).build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(Routing.approve(caseId).getBoolean("published")).isTrue();
        return number;
    }

    private static JsonObject watched(JsonObject overview, String number) {
        return overview.getJsonArray("pages").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("reference").equals(number)).findFirst().orElseThrow();
    }

    @Test
    void aDefacementThatBypassedTheWorkflowIsFoundAndTheAdministratorAlerted() {
        String number = publishedAnswer("人民路井盖缺失", "人民路与朗州路交叉口井盖缺失，夜间危险。",
                "您好！已于当日补装井盖并设置警示标志。");

        // The public page carries the approved hash for anyone to verify.
        Api.Reply page = Api.anonymous().page("/board/" + number);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("已于当日补装井盖", "内容校验");
        Matcher meta = HASH_META.matcher(page.body());
        assertThat(meta.find()).as("the hash in the page head").isTrue();
        String approved = meta.group(1);
        assertThat(Database.text("select expected_hash from watched_page where reference = ? and active = true", number))
                .isEqualTo(approved);
        assertThat(page.body()).contains("id=\"content-hash\">" + approved + "<");

        Api admin = Api.signedIn("admin");
        Api.Reply clean = admin.post("/api/staff/integrity/checks", "");
        assertThat(clean.status()).as(clean.body()).isEqualTo(200);
        assertThat(clean.json().getString("cause")).isEqualTo("MANUAL");
        assertThat(clean.json().getInt("pages")).isPositive();
        JsonObject intact = watched(admin.get("/api/staff/integrity").json(), number);
        assertThat(intact.getString("state")).isEqualTo("INTACT");
        assertThat(intact.getString("observedHash")).isEqualTo(approved);
        long alertsBefore = Database.count("select count(*) from integrity_alert where reference = ?", number);
        assertThat(alertsBefore).isZero();

        // Defacement: the served answer changed in the database, with no workflow step, audit or new hash.
        assertThat(Database.update("update case_file set reply = ? where tracking_number = ?",
                "本网站已被入侵，详情请加微信 hack123。", number)).isEqualTo(1);
        assertThat(Api.anonymous().page("/board/" + number).body()).contains("本网站已被入侵");

        Api.Reply tampered = admin.post("/api/staff/integrity/checks", "");
        assertThat(tampered.status()).as(tampered.body()).isEqualTo(200);
        assertThat(tampered.json().getInt("changed")).isPositive();
        JsonObject overview = admin.get("/api/staff/integrity").json();
        JsonObject changed = watched(overview, number);
        assertThat(changed.getString("state")).isEqualTo("CHANGED");
        assertThat(changed.getString("observedHash")).isNotEqualTo(approved);
        JsonObject alert = overview.getJsonArray("alerts").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("reference").equals(number)).findFirst().orElseThrow();
        assertThat(alert.getString("problem")).isEqualTo("CHANGED");
        assertThat(alert.getString("expectedHash")).isEqualTo(approved);
        assertThat(alert.getString("path")).isEqualTo("/board/" + number);
        assertThat(Database.count("select count(*) from integrity_alert where reference = ?", number))
                .as("alerted once, by whichever check saw it first").isEqualTo(1);

        assertThat(admin.get("/api/staff/notifications").body()).contains("页面防篡改告警", number);
        assertThat(admin.page("/staff/admin/integrity").body()).contains("页面防篡改", number, "内容不一致", approved);
        assertThat(Database.count("select count(*) from audit_record where action = 'integrity.alert' and subject_id = ?",
                "ANSWER:" + number)).isEqualTo(1);

        // The same defacement seen again is not a new alert.
        assertThat(admin.post("/api/staff/integrity/checks", "").status()).isEqualTo(200);
        assertThat(Database.count("select count(*) from integrity_alert where reference = ?", number)).isEqualTo(1);
    }

    @Test
    void onlyTheAdministratorChecksAndTheCheckNowButtonWorksWithoutJavaScript() {
        assertThat(Api.signedIn("reviewer").post("/api/staff/integrity/checks", "").status()).isEqualTo(403);
        assertThat(Api.signedIn("reviewer").get("/api/staff/integrity").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/staff/integrity").status()).isEqualTo(401);

        Api admin = Api.signedIn("admin");
        Api.Reply page = admin.page("/staff/admin/integrity");
        assertThat(page.status()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        assertThat(admin.postForm("/staff/admin/integrity/checks", "_csrf=forged").status()).isEqualTo(403);
        long checks = Database.count("select count(*) from integrity_check");
        Api.Reply done = admin.postForm("/staff/admin/integrity/checks", "_csrf=" + token.group(1));
        assertThat(done.status()).as("post/redirect/get").isEqualTo(303);
        assertThat(Database.count("select count(*) from integrity_check")).isGreaterThan(checks);
        assertThat(Api.anonymous().page("/board/MS19990101-00001").status()).isEqualTo(404);
    }
}

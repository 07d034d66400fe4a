package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator retrains the classifier, compares the candidate with the model in use on the
 * same held-out messages, switches to it without a restart, and switches back.
 */
@ExtendWith(ArquillianExtension.class)
class ClassifierAdminIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @Test
    void retrainCompareSwitchAndSwitchBack() {
        Api admin = Api.signedIn("admin");
        assertThat(Api.signedIn("dispatcher").get("/api/admin/classifier").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/classifier").json().getJsonObject("current").getString("version"))
                .isEqualTo("default");

        Api.Reply started = admin.post("/api/admin/classifier/training", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().getString("state")).isEqualTo("RUNNING");
        assertThat(admin.post("/api/admin/classifier/training", "").status()).as("one job at a time").isEqualTo(409);

        assertThat(Await.until(Duration.ofSeconds(180), () -> !"RUNNING".equals(
                admin.get("/api/admin/classifier").json().getJsonObject("training").getString("state")))).isTrue();
        JsonObject training = admin.get("/api/admin/classifier").json().getJsonObject("training");
        assertThat(training.getString("state")).as(training.toString()).isEqualTo("DONE");
        assertThat(training.getInt("progress")).isEqualTo(100);
        assertThat(training.getInt("heldOutMessages")).isGreaterThan(50);
        double before = training.getJsonObject("before").getJsonNumber("macroF1").doubleValue();
        double after = training.getJsonObject("after").getJsonNumber("macroF1").doubleValue();
        assertThat(before).isBetween(0.0, 1.0);
        assertThat(after).as("a model trained on the corpus scores well on held-out corpus messages").isGreaterThan(0.6);
        assertThat(training.getJsonObject("after").getJsonObject("f1ByCategory")).containsKey("交通运输");
        String candidate = training.getString("candidate");
        assertThat(candidate).matches("model-\\d{8}-\\d{6}");

        try {
            JsonObject switched = admin.post("/api/admin/classifier/activation",
                    "{\"version\":\"" + candidate + "\"}").json();
            assertThat(switched.getString("version")).isEqualTo(candidate);
            JsonObject receipt = Api.anonymous().post("/api/submissions", "{\"channel\":\"MESSAGE_BOARD\","
                    + "\"title\":\"公交车到站时间不准\",\"body\":\"3路公交车经常晚点半小时，站台电子屏也不显示到站时间。\","
                    + "\"publicRequested\":true}").json();
            assertThat(Routing.lookup(receipt.getString("trackingNumber"), receipt.getString("queryCode"))
                    .getString("status")).isIn("REGISTERED", "DISPATCHED");
            assertThat(admin.post("/api/admin/classifier/activation", "{\"version\":\"../etc/passwd\"}").status())
                    .isEqualTo(404);
        } finally {
            assertThat(admin.post("/api/admin/classifier/activation", "{\"version\":\"default\"}").status()).isEqualTo(200);
        }
        assertThat(admin.get("/api/admin/classifier").json().getJsonObject("current").getString("version"))
                .isEqualTo("default");
        assertThat(Database.count("select count(*) from audit_record where action = 'nlp.model.activate'"))
                .isGreaterThanOrEqualTo(2);
    }
}

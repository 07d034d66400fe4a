package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Online hearings (意见征集): a department publishes a draft in sections; residents comment on a
 * section, comments are shown masked once approved; the draft gets a new version with a change
 * log; after the period the feedback (采纳情况) must be published before the hearing can close;
 * late feedback raises a 催办 to the department's editors.
 */
@ExtendWith(ArquillianExtension.class)
class HearingIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    static JsonObject draft(Instant closesAt, String reason) {
        var d = Json.createObjectBuilder().add("title", "常德市城市绿化管理办法（征求意见稿）")
                .add("purpose", "规范城市绿化建设和管理，提升人居环境。").add("legalBasis", "《城市绿化条例》")
                .add("howToComment", "在本页提交意见，或发送电子邮件至 lvhua@changde.example.cn。")
                .add("closesAt", closesAt.toString())
                .add("sections", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("heading", "第一章 总则").add("body", "第一条 为了规范城市绿化……"))
                        .add(Json.createObjectBuilder().add("heading", "第二章 规划建设").add("body", "第五条 新建居住区绿地率不低于百分之三十。")));
        if (reason != null) {
            d.add("shortPeriodReason", reason);
        }
        return d.build();
    }

    static String publish(Api editor) {
        Api.Reply published = editor.post("/api/staff/hearings", draft(Instant.now().plus(Duration.ofDays(40)), null).toString());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json().getString("id");
    }

    private static Api.Reply comment(String id, int section, String name, String mobile, String text) {
        var c = Json.createObjectBuilder().add("section", section).add("text", text);
        if (name != null) {
            c.add("name", name);
        }
        if (mobile != null) {
            c.add("mobile", mobile);
        }
        return Api.anonymous().post("/api/hearings/" + id + "/comments", c.build().toString());
    }

    private static void endPeriod(String id, Duration feedbackDueIn) {
        Instant past = Instant.now().minusSeconds(5);
        Database.update("update hearing set closes_at = ?, feedback_due_at = ? where id = ?",
                java.sql.Timestamp.from(past), java.sql.Timestamp.from(Instant.now().plus(feedbackDueIn)), id);
    }

    @Test
    void aShortPeriodNeedsAReason() {
        Api editor = Api.signedIn("zjj-editor");
        Api.Reply refused = editor.post("/api/staff/hearings", draft(Instant.now().plus(Duration.ofDays(10)), null).toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("shortPeriodReason");
        Api.Reply accepted = editor.post("/api/staff/hearings",
                draft(Instant.now().plus(Duration.ofDays(10)), "上级督办事项，须于月底前出台").toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().getString("departmentCode")).isEqualTo("zjj");
    }

    @Test
    void commentsAreModeratedAndFeedbackComesBeforeClosing() {
        Api editor = Api.signedIn("zjj-editor");
        String id = publish(editor);

        Api.Reply bad = comment(id, 9, null, "123", "");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("section", "name", "mobile", "text");
        assertThat(Database.count("select count(*) from hearing_comment where hearing_id = ?", id)).isZero();

        Api.Reply sent = comment(id, 2, "张三丰", "13912345678", "绿地率建议提高到百分之三十五，联系我13912345678");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().getString("status")).isEqualTo("PENDING");
        assertThat(Api.anonymous().get("/api/hearings/" + id).json().getJsonArray("comments")).isEmpty();

        JsonObject pending = editor.get("/api/staff/hearings/" + id + "/comments?status=PENDING").array().getJsonObject(0);
        assertThat(pending.getString("authorMobile")).isEqualTo("13912345678");
        assertThat(Api.signedIn("editor").post("/api/staff/hearings/" + id + "/comments/" + pending.getString("id")
                + "/approve", "").status()).as("another department's editor").isEqualTo(404);
        assertThat(editor.post("/api/staff/hearings/" + id + "/comments/" + pending.getString("id") + "/approve", "")
                .status()).isEqualTo(200);
        JsonObject shown = Api.anonymous().get("/api/hearings/" + id).json().getJsonArray("comments").getJsonObject(0);
        assertThat(shown.getString("author")).isEqualTo("张**");
        assertThat(shown.getInt("section")).isEqualTo(2);
        assertThat(shown.getString("text")).contains("百分之三十五").doesNotContain("13912345678");
        assertThat(shown.toString()).doesNotContain("张三丰", "authorMobile\":\"1");
        assertThat(Api.anonymous().page("/hearings/" + id).body()).contains("张**", "百分之三十五");

        // A new version with its change log.
        long version = editor.get("/api/staff/hearings").array().stream().map(JsonObject.class::cast)
                .filter(h -> h.getString("id").equals(id)).count();
        assertThat(version).isEqualTo(1);
        long seen = Api.anonymous().get("/api/hearings/" + id).json().getJsonNumber("version").longValue();
        Api.Reply revised = editor.post("/api/staff/hearings/" + id + "/versions", Json.createObjectBuilder()
                .add("changeLog", "第五条绿地率调整为百分之三十五").add("version", seen)
                .add("sections", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("heading", "第一章 总则").add("body", "第一条 为了规范城市绿化……"))
                        .add(Json.createObjectBuilder().add("heading", "第二章 规划建设").add("body", "第五条 新建居住区绿地率不低于百分之三十五。")))
                .build().toString());
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().getJsonArray("versions")).hasSize(2);
        assertThat(revised.json().getJsonObject("current").getString("changeLog")).contains("百分之三十五");

        // Feedback waits for the end of the period; closing waits for the feedback.
        JsonObject feedback = Json.createObjectBuilder().add("adopted", 1).add("partlyAdopted", 0).add("notAdopted", 0)
                .add("adoptedReason", "已将绿地率调整为百分之三十五。").build();
        assertThat(editor.post("/api/staff/hearings/" + id + "/feedback", feedback.toString()).status()).isEqualTo(409);
        endPeriod(id, Duration.ofDays(14));
        assertThat(comment(id, 0, "李四", "13800000000", "期满后的意见").status()).isEqualTo(409);
        Api.Reply early = editor.post("/api/staff/hearings/" + id + "/close", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("采纳情况");
        Api.Reply wrongSum = editor.post("/api/staff/hearings/" + id + "/feedback", Json.createObjectBuilder()
                .add("adopted", 2).add("partlyAdopted", 0).add("notAdopted", 1).build().toString());
        assertThat(wrongSum.status()).isEqualTo(422);
        assertThat(wrongSum.body()).contains("received", "adoptedReason", "notAdoptedReason");
        Api.Reply published = editor.post("/api/staff/hearings/" + id + "/feedback", feedback.toString());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().getJsonObject("feedback").getInt("received")).isEqualTo(1);
        assertThat(Api.anonymous().page("/hearings/" + id).body()).contains("意见采纳情况", "已将绿地率调整为百分之三十五");
        Api.Reply closed = editor.post("/api/staff/hearings/" + id + "/close", "");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void lateFeedbackRaisesAReminder() {
        Api editor = Api.signedIn("zjj-editor");
        String id = publish(editor);
        endPeriod(id, Duration.ofSeconds(-1));
        assertThat(Await.until(Duration.ofSeconds(150),
                () -> Database.count("select count(*) from hearing where id = ? and reminded = true", id) == 1))
                .as("the timer reminds within a couple of minutes").isTrue();
        // The department's editors and head are told (the head reads it in the notifications).
        assertThat(Database.count("select count(*) from notification where recipient = 'zjj-editor'"
                + " and subject = '催办：意见征集反馈逾期'")).isPositive();
        assertThat(Api.signedIn("zjj-head").get("/api/staff/notifications").body()).contains("催办：意见征集反馈逾期");
        assertThat(Database.count("select count(*) from audit_record where action = 'hearing.remind' and subject_id = ?",
                id)).isEqualTo(1);
    }
}

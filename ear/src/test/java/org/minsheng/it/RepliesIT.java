package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replies before review: the reply-quality check (答复质量) through REST and on the staff case page,
 * on fixed examples, and the reply templates that department heads and the administrator edit.
 */
@ExtendWith(ArquillianExtension.class)
class RepliesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private record Case(String id, Api handler) {
    }

    private static Case aLetter(String title, String body) {
        JsonObject letter = Json.createObjectBuilder().add("channel", "LEADER_MAILBOX").add("leaderCode", "shizhang")
                .add("title", title).add("body", body).add("name", "钱七").add("mobile", "13712345679")
                .add("publicRequested", true).build();
        Api.Reply receipt = Api.anonymous().post("/api/submissions", letter.toString());
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String number = receipt.json().getString("trackingNumber");
        Api handler = Routing.handlerFor(number, receipt.json().getString("queryCode"), "cgj");
        String id = Database.text("select id from case_file where tracking_number = ?", number);
        Api.Reply signed = handler.post("/api/staff/cases/" + id + "/sign", Json.createObjectBuilder()
                .add("version", handler.get("/api/staff/cases/" + id).json().getJsonNumber("version").longValue())
                .build().toString());
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return new Case(id, handler);
    }

    private static JsonObject quality(Api who, String caseId, String reply) {
        Api.Reply r = who.post("/api/staff/cases/" + caseId + "/reply-quality",
                reply == null ? "{}" : Json.createObjectBuilder().add("reply", reply).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> codes(JsonObject report) {
        return report.getJsonArray("findings").stream().map(JsonObject.class::cast).map(f -> f.getString("code")).toList();
    }

    @Test
    void theHandlerAndTheReviewerSeeTheFindingsOfAReply() {
        Case c = aLetter("武陵区朗州路路灯不亮", "武陵区朗州路金霞小区门口的路灯坏了一个多月，晚上很黑，请问什么时候能修好？");

        JsonObject boilerplate = quality(c.handler(), c.id(),
                "您好！感谢您对我市工作的关心和支持。您的留言已收悉，我单位高度重视，现答复如下：如有疑问，请拨打咨询电话。");
        assertThat(codes(boilerplate)).contains("BOILERPLATE", "KEYWORDS_NOT_COVERED", "PLACES_NOT_MENTIONED",
                "QUESTION_NOT_ANSWERED", "NO_ACTION", "NO_TIME");
        assertThat(boilerplate.getString("grade")).isEqualTo("POOR");
        assertThat(boilerplate.getInt("score")).isLessThan(60);
        JsonObject first = boilerplate.getJsonArray("findings").getJsonObject(0);
        assertThat(first.getString("labelZh")).isNotBlank();
        assertThat(first.getString("labelEn")).isNotBlank();

        String concrete = "您好！您反映的朗州路金霞小区门口路灯不亮的问题，市城管局路灯管理处已于12月3日派人更换灯具，路灯已恢复照明。";
        JsonObject good = quality(c.handler(), c.id(), concrete);
        assertThat(codes(good)).doesNotContain("BOILERPLATE", "NO_ACTION", "NO_TIME", "NO_RESPONSIBLE_UNIT",
                "PLACES_NOT_MENTIONED", "QUESTION_NOT_ANSWERED");
        assertThat(good.getInt("score")).isGreaterThanOrEqualTo(80);
        assertThat(good.getString("grade")).isEqualTo("GOOD");

        assertThat(codes(quality(c.handler(), c.id(), concrete + "联系人手机13812341234。"))).contains("PERSONAL_DATA");

        // Nothing to check: no text and no draft under review.
        Api.Reply none = c.handler().post("/api/staff/cases/" + c.id() + "/reply-quality", "{}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("reply");
        assertThat(Api.anonymous().post("/api/staff/cases/" + c.id() + "/reply-quality", "{}").status()).isEqualTo(401);
        assertThat(Api.signedIn("leader").post("/api/staff/cases/" + c.id() + "/reply-quality", "{}").status())
                .isEqualTo(403);

        // The handler submits a boilerplate reply; the reviewer sees its findings, through REST and on the page.
        long version = c.handler().get("/api/staff/cases/" + c.id()).json().getJsonNumber("version").longValue();
        Api.Reply answered = c.handler().post("/api/staff/cases/" + c.id() + "/answer", Json.createObjectBuilder()
                .add("reply", "您好！您的留言已收悉。感谢您的关注。").add("publish", true).add("version", version).build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Api reviewer = Api.signedIn("reviewer");
        assertThat(codes(quality(reviewer, c.id(), null))).contains("BOILERPLATE");
        Api.Reply page = reviewer.page("/staff/cases/" + c.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"draft-quality\"", "答复质量检查", "data-code=\"BOILERPLATE\"", "仅有套话");
        // The reviewer still decides: a poor score blocks nothing.
        assertThat(Routing.approve(c.id()).getString("status")).isEqualTo("ANSWERED");
    }

    @Test
    void theHandlerChecksWhatHeTypedWithoutJavaScript() {
        Case c = aLetter("鼎城区武陵大道噪音扰民", "鼎城区武陵大道工地每天晚上十一点以后还在施工，噪音很大，请有关部门查处。");
        Api.Reply page = c.handler().page("/staff/cases/" + c.id());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        long version = c.handler().get("/api/staff/cases/" + c.id()).json().getJsonNumber("version").longValue();
        Api.Reply checked = c.handler().postForm("/staff/cases/" + c.id() + "/answer", "_csrf=" + token.group(1)
                + "&version=" + version + "&action=quality&reply=" + java.net.URLEncoder.encode("感谢您的关注！",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("id=\"typed-quality\"", "data-code=\"BOILERPLATE\"", "感谢您的关注！");
        assertThat(c.handler().get("/api/staff/cases/" + c.id()).json().getString("status"))
                .as("checking saves nothing").isNotEqualTo("IN_REVIEW");
    }

    @Test
    void departmentHeadsEditTheirTemplatesAndTheAdministratorTheSharedOnes() {
        List<JsonObject> shared = Api.signedIn("zjj").get("/api/staff/reply-templates").array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(shared).extracting(t -> t.getString("name")).contains("感谢反映（通用）", "经核实情况属实", "已整改完毕",
                "政策解答", "不属本单位职责（告知渠道）");
        long sharedCount = shared.size();

        Api head = Api.signedIn("zjj-head");
        Api.Reply invalid = head.post("/api/staff/reply-templates", Json.createObjectBuilder().add("name", "").build().toString());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"name\"", "\"body\"");

        Api.Reply created = head.post("/api/staff/reply-templates", Json.createObjectBuilder().add("name", "物业纠纷告知")
                .add("body", "您好！物业服务纠纷可向所在街道物业管理办公室申请调解，调解电话见街道公示。").add("position", 1)
                .build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject mine = created.json();
        long id = mine.getJsonNumber("id").longValue();
        assertThat(mine.getString("departmentCode")).isEqualTo("zjj");
        assertThat(mine.getString("nameEn")).as("defaults to the Chinese").isEqualTo("物业纠纷告知");

        assertThat(Api.signedIn("zjj").get("/api/staff/reply-templates").array()).hasSize((int) sharedCount + 1);
        assertThat(Api.signedIn("jtysj").get("/api/staff/reply-templates").array()).hasSize((int) sharedCount);

        JsonObject edit = Json.createObjectBuilder().add("name", "物业纠纷（调解）").add("body", "您好！可申请调解。")
                .add("version", mine.getJsonNumber("version").longValue()).build();
        Api.Reply updated = head.put("/api/staff/reply-templates/" + id, edit.toString());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo("物业纠纷（调解）");
        assertThat(head.put("/api/staff/reply-templates/" + id, edit.toString()).status()).as("stale version").isEqualTo(409);
        assertThat(Api.signedIn("jtysj-head").put("/api/staff/reply-templates/" + id, edit.toString()).status())
                .isIn(403, 404);
        assertThat(Api.signedIn("zjj").post("/api/staff/reply-templates", edit.toString()).status()).isEqualTo(403);

        long sharedId = shared.get(0).getJsonNumber("id").longValue();
        JsonObject sharedEdit = Json.createObjectBuilder().add("name", shared.get(0).getString("name"))
                .add("nameEn", shared.get(0).getString("nameEn")).add("body", shared.get(0).getString("body") + "（市级通用）")
                .add("bodyEn", shared.get(0).getString("bodyEn")).add("position", shared.get(0).getInt("position"))
                .add("version", shared.get(0).getJsonNumber("version").longValue()).build();
        assertThat(head.put("/api/staff/reply-templates/" + sharedId, sharedEdit.toString()).status()).isEqualTo(403);
        Api.Reply adminEdit = Api.signedIn("admin").put("/api/staff/reply-templates/" + sharedId, sharedEdit.toString());
        assertThat(adminEdit.status()).as(adminEdit.body()).isEqualTo(200);
        assertThat(adminEdit.json().getString("body")).endsWith("（市级通用）");

        // The page: the head edits his department's template without JavaScript.
        Api.Reply page = head.page("/staff/reply-templates");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("物业纠纷（调解）", "f-t" + id + "-name").doesNotContain("f-t" + sharedId + "-name");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        long version = updated.json().getJsonNumber("version").longValue();
        Api.Reply posted = head.postForm("/staff/reply-templates", "_csrf=" + token.group(1) + "&action=update&id=" + id
                + "&version=" + version + "&name=" + enc("物业纠纷（页面）") + "&body=" + enc("您好！请向街道申请调解。") + "&position=2");
        assertThat(posted.status()).isEqualTo(303);
        assertThat(head.page("/staff/reply-templates").body()).contains("物业纠纷（页面）");
        assertThat(Api.signedIn("zjj").page("/staff/reply-templates").status()).isEqualTo(403);

        long latest = Api.signedIn("zjj").get("/api/staff/reply-templates").array().stream().map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
                .getJsonNumber("version").longValue();
        assertThat(head.delete("/api/staff/reply-templates/" + id + "?version=" + latest).status()).isEqualTo(204);
        assertThat(Api.signedIn("zjj").get("/api/staff/reply-templates").array()).hasSize((int) sharedCount);
        assertThat(Database.count("select count(*) from audit_record where subject_type = 'reply-template' and subject_id = ?",
                String.valueOf(id))).isEqualTo(4);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}

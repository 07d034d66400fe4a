package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service guides on the running server: the department's editor drafts, its approver sends back
 * and then publishes; only then is the guide public, listed by department and life event, with
 * the consultation link; another department's staff may not touch it; bad input is a problem.
 */
@ExtendWith(ArquillianExtension.class)
class GuideIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static JsonObjectBuilder guide(String title) {
        return Json.createObjectBuilder().add("departmentCode", "zjj").add("title", title)
                .add("summary", "为城区住房困难家庭提供租赁补贴。").add("eligibility", "城区户籍、人均收入低于标准。")
                .add("materials", "居民身份证\n户口簿\n收入证明").add("steps", "社区申请\n街道初审\n住建局审核")
                .add("timeLimit", "20个工作日").add("fees", "免费").add("placeAndHours", "各社区服务中心；工作日")
                .add("legalBasis", "《公共租赁住房管理办法》").add("lifeEvents", Json.createArrayBuilder().add("HOUSING"))
                .add("forms", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "补贴申请表")
                        .add("url", "/files/zjj/butie.pdf")));
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json();
    }

    @Test
    void aGuideIsPublicOnlyAfterItsApproverPublishesIt() {
        String title = "住房租赁补贴申请" + UUID.randomUUID().toString().substring(0, 6);
        Api editor = Api.signedIn("zjj-editor");
        JsonObject draft = ok(editor.post("/api/staff/guides", guide(title).build().toString()));
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getJsonArray("materials")).hasSize(3);
        assertThat(Api.anonymous().page("/guides/" + id).status()).isEqualTo(404);
        assertThat(Api.anonymous().page("/guides?event=HOUSING").body()).doesNotContain(title);

        ok(editor.post("/api/staff/guides/" + id + "/submit", ""));
        assertThat(editor.post("/api/staff/guides/" + id + "/approve", "{}").status()).isEqualTo(403);
        assertThat(Api.signedIn("approver").post("/api/staff/guides/" + id + "/approve", "{}").status())
                .as("another department's approver").isEqualTo(403);
        Api approver = Api.signedIn("zjj-approver");
        assertThat(approver.post("/api/staff/guides/" + id + "/reject", "{}").status()).isEqualTo(422);
        JsonObject back = ok(approver.post("/api/staff/guides/" + id + "/reject", "{\"comment\":\"请写明补贴标准\"}"));
        assertThat(back.getString("status")).isEqualTo("DRAFT");
        assertThat(back.getString("reviewComment")).isEqualTo("请写明补贴标准");
        long version = back.getJsonNumber("version").longValue();
        ok(editor.put("/api/staff/guides/" + id + "?version=" + version, guide(title)
                .add("fees", "免费；补贴标准每户每月300元").build().toString()));
        ok(editor.post("/api/staff/guides/" + id + "/submit", ""));
        assertThat(ok(approver.post("/api/staff/guides/" + id + "/approve", "{}")).getString("status"))
                .isEqualTo("PUBLISHED");

        Api.Reply page = Api.anonymous().page("/guides/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(title, "每户每月300元", "补贴申请表", "/write/consultation?guide=" + id,
                "市住房和城乡建设局");
        assertThat(Api.anonymous().page("/guides?event=HOUSING").body()).contains(title);
        assertThat(Api.anonymous().page("/guides?department=zjj").body()).contains(title);
        assertThat(Api.anonymous().page("/guides?event=BIRTH").body()).doesNotContain(title);
        assertThat(Api.anonymous().page("/write/consultation?guide=" + id).body()).contains(title);
        assertThat(Database.count("select count(*) from audit_record where subject_type = 'guide' and subject_id = ?",
                String.valueOf(id))).isGreaterThanOrEqualTo(6);

        ok(approver.post("/api/staff/guides/" + id + "/withdraw", "{\"comment\":\"政策调整\"}"));
        assertThat(Api.anonymous().page("/guides/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputAndOtherDepartmentsAreRefused() {
        Api editor = Api.signedIn("zjj-editor");
        Api.Reply bad = editor.post("/api/staff/guides", Json.createObjectBuilder().add("departmentCode", "zjj")
                .add("title", "").add("lifeEvents", Json.createArrayBuilder().add("NO_SUCH"))
                .add("forms", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "表")
                        .add("url", "javascript:alert(1)"))).build().toString());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertThat(fields).contains("title", "summary", "materials", "lifeEvents", "forms[0].url");
        assertThat(editor.post("/api/staff/guides", guide("越权").add("departmentCode", "jtysj").build().toString())
                .status()).isEqualTo(403);
        assertThat(Api.anonymous().post("/api/staff/guides", "{}").status()).isEqualTo(401);
        assertThat(Api.anonymous().page("/guides?event=NO_SUCH").status()).isEqualTo(422);
        assertThat(Api.anonymous().page("/guides").body()).contains("生育登记", "义务教育阶段新生入学");
    }
}

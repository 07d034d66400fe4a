package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff-entered intake (12345 热线, 来信, 来访) through the call-taker's API and page, then the same
 * flow as any case: dispatch, handling, review, the rating taken on a follow-up visit (回访);
 * answers on the spot; duplicate suggestions and merging; co-handling departments' own clocks and
 * reminders; notifications marked read; leader mailboxes scoped per office; anonymity stored as
 * nothing at all.
 */
@ExtendWith(ArquillianExtension.class)
class HotlineIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static JsonObjectBuilder call(String channel, String type, String title, String body) {
        return Json.createObjectBuilder().add("channel", channel).add("caseType", type).add("title", title)
                .add("body", body);
    }

    private static JsonObject take(JsonObjectBuilder call) {
        Api.Reply reply = Api.signedIn("call-taker").post("/api/staff/hotline/calls", call.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String idOf(String number) {
        return Database.text("select id from case_file where tracking_number = ?", number);
    }

    private static long version(Api api, String id) {
        Api.Reply reply = api.get("/api/staff/cases/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("version").longValue();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Api.Reply visit(Api staff, String id, String method, int score, String comment) {
        return staff.post("/api/staff/cases/" + id + "/follow-up-visits", Json.createObjectBuilder()
                .add("method", method).add("score", score).add("comment", comment)
                .add("version", version(staff, id)).build().toString());
    }

    private static List<String> fields(Api.Reply problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        return problem.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .peek(e -> assertThat(e.getString("messageZh")).isNotBlank())
                .peek(e -> assertThat(e.getString("messageEn")).isNotBlank())
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void aCallReachesTheDepartmentAndItsRatingIsTakenOnAFollowUpVisit() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        JsonObject receipt = take(call("HOTLINE_12345", "COMPLAINT", "武陵大道路面塌陷",
                "来电人反映武陵大道" + unique + "号附近路面塌陷，车辆通行危险，请尽快处理。")
                .add("callerName", "赵来电").add("callerMobile", "13700001111"));
        String number = receipt.getString("trackingNumber");
        assertThat(receipt.getString("queryCode")).matches("\\d{6}");
        assertThat(receipt.getBoolean("sentBySms")).as("no SMS gateway is configured: read out").isFalse();
        String id = idOf(number);
        assertThat(Database.text("select channel from case_file where id = ?", id)).isEqualTo("HOTLINE_12345");
        assertThat(Database.text("select resident_mobile from case_file where id = ?", id)).isEqualTo("13700001111");
        assertThat(Database.text("select taken_by from hotline_call where case_id = ?", id)).isEqualTo("call-taker");
        assertThat(Database.count("select count(*) from audit_record where action = 'case.hotline.take' and subject_id = ?",
                id)).isEqualTo(1);

        Api handler = Routing.handlerFor(number, receipt.getString("queryCode"), "zjj");
        JsonObject seen = ok(handler.get("/api/staff/cases/" + id));
        assertThat(seen.getString("channelZh")).isEqualTo("12345热线");
        assertThat(seen.getJsonArray("timeline").toString()).contains("12345热线，话务员录入");
        ok(handler.post("/api/staff/cases/" + id + "/answer", Json.createObjectBuilder()
                .add("reply", "已安排道路养护单位围挡并修复塌陷路面。").add("publish", false)
                .add("version", version(handler, id)).build().toString()));
        Routing.approve(id);

        Api other = Api.signedIn(seen.getString("departmentCode").equals("rsj") ? "jtysj" : "rsj");
        assertThat(other.post("/api/staff/cases/" + id + "/follow-up-visits", Json.createObjectBuilder()
                .add("method", "PHONE").add("score", 4).add("version", version(handler, id)).build().toString())
                .status()).as("another department does not visit").isEqualTo(404);
        JsonObject reopened = ok(visit(Api.signedIn("dispatcher"), id, "PHONE", 2, "路面仍未修好"));
        assertThat(reopened.getString("status")).as("不满意 reopens like an online rating").isEqualTo("HANDLING");
        assertThat(reopened.getInt("redoCount")).isEqualTo(1);
        assertThat(reopened.getJsonArray("timeline").toString()).contains("电话回访：不满意：路面仍未修好");
        assertThat(Database.count("select count(*) from follow_up_visit where case_id = ? and rating = 2", id)).isEqualTo(1);
        Api.Reply visits = handler.get("/api/staff/cases/" + id + "/follow-up-visits");
        assertThat(visits.status()).as(visits.body()).isEqualTo(200);
        assertThat(visits.array()).singleElement().satisfies(v -> {
            assertThat(v.asJsonObject().getString("methodZh")).isEqualTo("电话回访");
            assertThat(v.asJsonObject().getString("visitedBy")).isEqualTo("dispatcher");
        });
        assertThat(Api.signedIn("call-taker").get("/api/staff/hotline/calls").array().toString()).contains(number);
    }

    @Test
    void aConsultationAnsweredOnTheSpotIsAnsweredAndAnAnonymousCallerLeavesNoTrace() {
        JsonObject receipt = take(call("PHONE", "CONSULTATION", "新生儿医保如何办理",
                "来电咨询新生儿医保参保需要哪些材料。" + UUID.randomUUID())
                .add("anonymous", true).add("callerName", "钱匿名").add("callerMobile", "13611112222")
                .add("answerOnTheSpot", "凭出生医学证明和户口簿到户籍所在地社区办理，也可在网上办理。"));
        assertThat(receipt.getString("status")).isEqualTo("ANSWERED");
        String id = idOf(receipt.getString("trackingNumber"));
        assertThat(Database.text("select reply from case_file where id = ?", id)).startsWith("凭出生医学证明");
        assertThat(Database.text("select resident_name from case_file where id = ?", id)).isNull();
        assertThat(Database.text("select resident_mobile from case_file where id = ?", id)).isNull();
        assertThat(Database.text("select cast(anonymous as varchar) from hotline_call where case_id = ?", id))
                .isIn("true", "TRUE");
        assertThat(Database.text("select cast(answered_on_spot as varchar) from hotline_call where case_id = ?", id))
                .isIn("true", "TRUE");
        assertThat(Database.count("select count(*) from audit_record where subject_id = ? and detail like '%1361111%'", id))
                .isZero();

        JsonObject closed = ok(visit(Api.signedIn("reviewer"), id, "PHONE", 5, "清楚"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");

        Api.Reply notAConsultation = Api.signedIn("call-taker").post("/api/staff/hotline/calls",
                call("PHONE", "COMPLAINT", "投诉", "内容").add("answerOnTheSpot", "答复").build().toString());
        assertThat(fields(notAConsultation)).containsExactly("answerOnTheSpot");
    }

    @Test
    void duplicatesAreSuggestedBeforeSavingAndACallCanJoinAnOpenCase() {
        String body = "朗州北路" + UUID.randomUUID().toString().substring(0, 6) + "路段下水道堵塞，污水漫到人行道上，气味很大，请尽快疏通。";
        Api.Reply first = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "MESSAGE_BOARD").add("title", "朗州北路下水道堵塞").add("body", body).build().toString());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String master = first.json().getString("trackingNumber");

        JsonObject suggestions = ok(Api.signedIn("call-taker").post("/api/staff/hotline/suggestions",
                Json.createObjectBuilder().add("title", "朗州北路下水道堵塞").add("body", body).build().toString()));
        assertThat(suggestions.getJsonArray("duplicates").toString()).contains(master);
        assertThat(suggestions.containsKey("answers")).isTrue();

        JsonObject merged = take(call("HOTLINE_12345", "COMPLAINT", "朗州北路下水道堵塞", body).add("mergeWith", master));
        assertThat(merged.getString("status")).isEqualTo("MERGED");
        assertThat(merged.getString("mergedInto")).isEqualTo(master);

        Api.Reply unknown = Api.signedIn("call-taker").post("/api/staff/hotline/calls",
                call("HOTLINE_12345", "COMPLAINT", "x", "y").add("mergeWith", "MS20000101-00001").build().toString());
        assertThat(unknown.status()).as("nothing half-stored when the master is unknown").isEqualTo(404);
        assertThat(Database.count("select count(*) from case_file where title = 'x' and body = 'y'")).isZero();
    }

    @Test
    void badCallsAreRefusedFieldByFieldAndOnlyCallTakersEnterCalls() {
        long before = Database.count("select count(*) from hotline_call");
        Api.Reply bad = Api.signedIn("call-taker").post("/api/staff/hotline/calls", Json.createObjectBuilder()
                .add("channel", "LEADER_MAILBOX").add("caseType", "REPORT").add("title", "标".repeat(51))
                .add("body", " ").add("callerMobile", "12345").build().toString());
        assertThat(fields(bad)).containsExactlyInAnyOrder("channel", "caseType", "title", "body", "callerMobile");
        assertThat(Database.count("select count(*) from hotline_call")).isEqualTo(before);

        String json = call("PHONE", "HELP", "求助", "内容").build().toString();
        assertThat(Api.signedIn("handler").post("/api/staff/hotline/calls", json).status()).isEqualTo(403);
        assertThat(Api.anonymous().post("/api/staff/hotline/calls", json).status()).isEqualTo(401);
        assertThat(Api.signedIn("dispatcher").page("/staff/hotline").status()).isEqualTo(403);
        Api.Reply page = Api.signedIn("call-taker").page("/staff/hotline");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("热线录入", "name=\"_csrf\"", "/static/hotline.js");
    }

    @Test
    void anAnonymousReportThroughTheJsonApiStoresNoNameOrNumber() {
        Api.Reply reply = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "REPORT_MAILBOX").add("title", "匿名举报某单位违规发放补贴")
                .add("body", "某单位" + UUID.randomUUID() + "违规发放补贴，请核查。").build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String id = idOf(reply.json().getString("trackingNumber"));

        assertThat(Database.count("select count(*) from case_file where id = ? and resident_name is null"
                + " and resident_mobile is null and resident_account is null", id)).isEqualTo(1);
    }

    @Test
    void eachLeadersOfficeReadsItsOwnMailboxAndTheMayorsOfficeAll() {
        String title = "给陈副市长的信" + UUID.randomUUID().toString().substring(0, 4);
        Api.Reply letter = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "LEADER_MAILBOX").add("leaderCode", "fsz-cj").add("title", title)
                .add("body", "建议在城区增设公共自行车停放点。").build().toString());
        assertThat(letter.status()).as(letter.body()).isEqualTo(201);

        Api office = Api.signedIn("fsz-cj-office");
        assertThat(office.get("/api/staff/leader-mailboxes").array().toString()).isEqualTo("[\"fsz-cj\"]");
        assertThat(office.get("/api/staff/leader-mailboxes/fsz-cj").body()).contains(title);
        assertThat(office.get("/api/staff/leader-mailboxes/shizhang").status()).isEqualTo(403);
        String page = office.page("/staff/leader-mailbox").body();
        assertThat(page).contains("leader=fsz-cj").doesNotContain("leader=shizhang").contains(title);

        Api mayor = Api.signedIn("leader");
        assertThat(mayor.get("/api/staff/leader-mailboxes").array()).hasSize(6);
        assertThat(mayor.get("/api/staff/leader-mailboxes/fsz-cj").body()).contains(title);

        Api admin = Api.signedIn("admin");
        assertThat(fields(admin.put("/api/admin/staff-accounts/handler/leader",
                "{\"leaderCode\":\"fsz-cj\"}"))).containsExactly("leaderCode");
        assertThat(fields(admin.put("/api/admin/staff-accounts/fsz-cj-office/leader",
                "{\"leaderCode\":\"nobody\"}"))).containsExactly("leaderCode");
        assertThat(admin.put("/api/admin/staff-accounts/fsz-cj-office/leader", "{\"leaderCode\":\"fsz-jw\"}").status())
                .isEqualTo(204);
        assertThat(office.get("/api/staff/leader-mailboxes/fsz-cj").status()).isEqualTo(403);
        assertThat(admin.put("/api/admin/staff-accounts/fsz-cj-office/leader", "{\"leaderCode\":\"fsz-cj\"}").status())
                .isEqualTo(204);
        assertThat(office.get("/api/staff/leader-mailboxes/fsz-cj").status()).isEqualTo(200);
    }

    @Test
    void aCoHandlerHasItsOwnDueDateIsRemindedAndReadsTheReminderAway() {
        Api.Reply sent = Api.anonymous().post("/api/submissions", Json.createObjectBuilder()
                .add("channel", "MESSAGE_BOARD").add("title", "公交站台占道施工")
                .add("body", "施工围挡占用公交站台" + UUID.randomUUID() + "，乘客只能在机动车道候车。").build().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String number = sent.json().getString("trackingNumber");
        String id = idOf(number);
        JsonObject seen = Routing.lookup(number, sent.json().getString("queryCode"));
        if (!"REGISTERED".equals(seen.getString("status"))) {
            Api lead = Api.signedIn(Routing.handlerOf(seen.getString("departmentCode")));
            ok(lead.post("/api/staff/cases/" + id + "/return", Json.createObjectBuilder().add("text", "请改派")
                    .add("version", version(lead, id)).build().toString()));
        }
        Api dispatcher = Api.signedIn("dispatcher");
        JsonObject dispatched = ok(dispatcher.post("/api/staff/cases/" + id + "/dispatch", Json.createObjectBuilder()
                .add("departmentCode", "zjj").add("coHandlers", Json.createArrayBuilder().add("jtysj"))
                .add("version", version(dispatcher, id)).build().toString()));
        JsonObject co = dispatched.getJsonArray("participants").getJsonObject(0);
        assertThat(co.getString("dueAt")).as("5 working days of its own").isNotBlank();
        assertThat(co.getString("dueAt").compareTo(dispatched.getString("dueAt"))).isLessThan(0);

        // The opinion is overdue: the next supervision sweep (every minute) sends 协办督办.
        Database.update("update case_participant set assigned_at = due_at - interval '7' day,"
                + " due_at = current_timestamp - interval '1' hour where case_id = ?", id);
        Api jtysj = Api.signedIn("jtysj");
        String subject = "协办督办：" + number + " 协办意见已超期";
        assertThat(Await.until(Duration.ofSeconds(150), () -> jtysj.get("/api/staff/notifications").body().contains(subject)))
                .as("the co-handler is told").isTrue();
        assertThat(Api.signedIn("jtysj-head").get("/api/staff/notifications").body()).contains(subject);
        assertThat(ok(jtysj.get("/api/staff/cases/" + id)).getJsonArray("participants").getJsonObject(0)
                .getString("warningLevel")).isEqualTo("RED");

        JsonObject reminder = jtysj.get("/api/staff/notifications").array().stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("subject").equals(subject)).findFirst().orElseThrow();
        long notificationId = reminder.getJsonNumber("id").longValue();
        assertThat(Api.signedIn("zjj").post("/api/staff/notifications/" + notificationId + "/read", "{}").status())
                .as("someone else's notification").isEqualTo(404);
        assertThat(jtysj.post("/api/staff/notifications/" + notificationId + "/read", "{}").status()).isEqualTo(204);
        assertThat(jtysj.get("/api/staff/notifications").array().stream().map(JsonObject.class::cast)
                .filter(n -> n.getJsonNumber("id").longValue() == notificationId).findFirst().orElseThrow()
                .getBoolean("read")).isTrue();
        ok(jtysj.post("/api/staff/notifications/read", "{}"));
        assertThat(jtysj.get("/api/staff/notifications").array().stream().map(JsonObject.class::cast)
                .noneMatch(n -> !n.getBoolean("read"))).isTrue();
    }
}

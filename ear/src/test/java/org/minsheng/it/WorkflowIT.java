package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receive → handle → feedback workflow through its REST API, with the real EAR, PostgreSQL and
 * Kafka: every transition with its role, illegal steps, the report mailbox's confidentiality,
 * reopening on dissatisfaction, returns and re-dispatch, merging, supervision.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** A submitted case: its tracking number, query code and id. */
    record Case(String number, String code, String id) {
    }

    // ---- set-up helpers ------------------------------------------------------------------

    private static JsonObject submit(String channel, String title, String body, boolean publicRequested) {
        var json = Json.createObjectBuilder().add("channel", channel).add("title", title).add("body", body)
                .add("name", "李群众").add("mobile", "13912340000").add("publicRequested", publicRequested);
        if ("LEADER_MAILBOX".equals(channel)) {
            json.add("leaderCode", "shizhang");
        }
        Api.Reply reply = Api.anonymous().post("/api/submissions", json.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /**
     * A message-board case at the given department, in status DISPATCHED: dispatched there by the
     * dispatcher, or returned (退单) by whichever department the classifier chose and re-dispatched.
     */
    private static Case atDepartment(String department, String title) {
        JsonObject receipt = submit("MESSAGE_BOARD", title, title + "，请有关部门处理。" + UUID.randomUUID(), true);
        String number = receipt.getString("trackingNumber");
        String code = receipt.getString("queryCode");
        JsonObject seen = Routing.lookup(number, code);
        Api dispatcher = Api.signedIn("dispatcher");
        String id = idOf(number);
        if (!"REGISTERED".equals(seen.getString("status")) && !department.equals(seen.getString("departmentCode"))) {
            Api other = Api.signedIn(Routing.handlerOf(seen.getString("departmentCode")));
            ok(other.post("/api/staff/cases/" + id + "/return", step("不属于本单位职责", version(other, id))));
        }
        if (!department.equals(Routing.lookup(number, code).getString("departmentCode", ""))) {
            ok(dispatcher.post("/api/staff/cases/" + id + "/dispatch", Json.createObjectBuilder()
                    .add("departmentCode", department).add("version", version(dispatcher, id)).build().toString()));
        }
        return new Case(number, code, id);
    }

    private static String idOf(String number) {
        return Database.text("select id from case_file where tracking_number = ?", number);
    }

    private static long version(Api api, String id) {
        Api.Reply reply = api.get("/api/staff/cases/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("version").longValue();
    }

    private static String step(String text, long version) {
        return Json.createObjectBuilder().add("text", text).add("version", version).build().toString();
    }

    private static String versionOnly(long version) {
        return Json.createObjectBuilder().add("version", version).build().toString();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonObject answer(Api handler, String id, String text) {
        return ok(handler.post("/api/staff/cases/" + id + "/answer", Json.createObjectBuilder().add("reply", text)
                .add("publish", true).add("version", version(handler, id)).build().toString()));
    }

    private static Api.Reply rate(Case c, int score, String comment) {
        return Api.anonymous().post("/api/cases/" + c.number() + "/rating", Json.createObjectBuilder()
                .add("queryCode", c.code()).add("score", score).add("comment", comment).build().toString());
    }

    private static List<String> timeline(JsonObject details) {
        return details.getJsonArray("timeline").stream().map(JsonObject.class::cast)
                .map(t -> t.getString("action")).toList();
    }

    private static long audited(String id, String action) {
        return Database.count("select count(*) from audit_record where subject_id = ? and action = ?", id, action);
    }

    // ---- tests -----------------------------------------------------------------------------

    @Test
    void aComplaintIsSignedVerifiedReviewedAnsweredRatedReopenedAndClosed() {
        Case c = atDepartment("zjj", "小区电梯长期故障");
        Api handler = Api.signedIn("zjj");
        JsonObject bench = ok(handler.get("/api/staff/workbench?queue=TO_SIGN"));
        assertThat(bench.getJsonArray("items").toString()).contains(c.number());
        assertThat(bench.getJsonObject("counts").getJsonNumber("TO_SIGN").longValue()).isPositive();

        JsonObject signed = ok(handler.post("/api/staff/cases/" + c.id() + "/sign", versionOnly(version(handler, c.id()))));
        assertThat(signed.getString("status")).isEqualTo("HANDLING");
        assertThat(signed.getString("dueAt")).as("a time limit runs").isNotBlank();
        JsonObject verified = ok(handler.post("/api/staff/cases/" + c.id() + "/progress", Json.createObjectBuilder()
                .add("kind", "VERIFIED").add("note", "现场核实，电梯控制柜故障属实").add("subStatus", "ON_SITE_CHECK")
                .add("version", version(handler, c.id())).build().toString()));
        assertThat(verified.getString("subStatusZh")).isEqualTo("现场核实中");
        ok(handler.post("/api/staff/cases/" + c.id() + "/progress", Json.createObjectBuilder()
                .add("kind", "RECTIFIED").add("note", "已责令物业更换控制柜").add("version", version(handler, c.id()))
                .build().toString()));

        JsonObject submitted = answer(handler, c.id(), "经核实，已责令物业更换电梯控制柜，本周内恢复运行。");
        assertThat(submitted.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(Routing.lookup(c.number(), c.code()).containsKey("reply")).isFalse();
        assertThat(handler.post("/api/staff/cases/" + c.id() + "/approve", versionOnly(version(handler, c.id())))
                .status()).as("a handler does not review").isEqualTo(403);

        Api head = Api.signedIn("zjj-head");
        assertThat(ok(head.get("/api/staff/workbench?queue=IN_REVIEW")).toString()).contains(c.number());
        assertThat(head.get("/api/staff/review-queue").body()).contains(c.number());
        JsonObject sentBack = ok(head.post("/api/staff/cases/" + c.id() + "/send-back",
                step("请写明恢复运行的具体日期", version(head, c.id()))));
        assertThat(sentBack.getString("status")).isEqualTo("HANDLING");
        assertThat(ok(handler.get("/api/staff/workbench?queue=SENT_BACK")).toString()).contains(c.number());

        answer(handler, c.id(), "经核实，已责令物业更换电梯控制柜，12月5日前恢复运行。");
        JsonObject approved = ok(head.post("/api/staff/cases/" + c.id() + "/approve", versionOnly(version(head, c.id()))));
        assertThat(approved.getString("status")).isEqualTo("ANSWERED");
        JsonObject seen = Routing.lookup(c.number(), c.code());
        assertThat(seen.getString("reply")).contains("12月5日");
        assertThat(timeline(seen)).contains("REGISTERED", "DISPATCHED", "SIGNED", "ANSWERED")
                .doesNotContain("VERIFIED", "SENT_BACK");

        JsonObject reopened = rate(c, 2, "电梯还是坏的").json();
        assertThat(reopened.getString("status")).isEqualTo("HANDLING");
        assertThat(reopened.getInt("redoCount")).isEqualTo(1);
        assertThat(timeline(reopened)).contains("RATED", "REOPENED");
        assertThat(Api.anonymous().get("/api/board?size=100").body()).as("a reopened answer leaves the board")
                .doesNotContain(c.number());
        assertThat(Database.count("select count(*) from notification where recipient = 'zjj' and case_id = ?"
                + " and subject like '%重办%'", c.id())).isEqualTo(1);

        answer(handler, c.id(), "已更换控制柜，电梯已于今日恢复运行并通过检测。");
        Routing.approve(c.id());
        JsonObject closed = rate(c, 5, "谢谢").json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getInt("rating")).isEqualTo(5);
        assertThat(rate(c, 4, "再评").status()).as("rated once").isEqualTo(409);

        for (String action : List.of("case.sign", "case.record.verified", "case.record.rectified", "case.reply.send-back",
                "case.answer", "case.rate")) {
            assertThat(audited(c.id(), action)).as(action).isPositive();
        }
        assertThat(Database.count("select count(*) from outbox where record_key = ? and event_type = 'CaseStepRecorded'",
                c.id())).as("every staff step is an event").isEqualTo(9);
        assertThat(Database.count("select count(*) from outbox where record_key = ? and event_type in"
                + " ('FeedbackGiven', 'CaseReopened', 'ReplySubmitted', 'CaseAnswered')", c.id())).isGreaterThanOrEqualTo(6);
    }

    @Test
    void illegalStepsGet409AndStaleVersionsConflict() {
        Case c = atDepartment("jtysj", "公交站台破损");
        Api handler = Api.signedIn("jtysj");
        long v = version(handler, c.id());
        ok(handler.post("/api/staff/cases/" + c.id() + "/sign", versionOnly(v)));
        Api.Reply twice = handler.post("/api/staff/cases/" + c.id() + "/sign", versionOnly(version(handler, c.id())));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().getString("title")).contains("签收");

        Api.Reply stale = handler.post("/api/staff/cases/" + c.id() + "/progress", Json.createObjectBuilder()
                .add("kind", "NOTE").add("note", "记录").add("version", v).build().toString());
        assertThat(stale.status()).as("an old version").isEqualTo(409);
        Api reviewer = Api.signedIn("reviewer");
        assertThat(reviewer.post("/api/staff/cases/" + c.id() + "/approve", versionOnly(version(reviewer, c.id())))
                .status()).as("nothing to approve").isEqualTo(409);
        assertThat(rate(c, 5, "").status()).as("not answered yet").isEqualTo(409);
        Api.Reply badKind = handler.post("/api/staff/cases/" + c.id() + "/progress", Json.createObjectBuilder()
                .add("kind", "DANCE").add("note", "").add("version", version(handler, c.id())).build().toString());
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(badKind.body()).contains("kind").contains("note");
        Api.Reply noVersion = handler.post("/api/staff/cases/" + c.id() + "/sign", "{}");
        assertThat(noVersion.status()).isEqualTo(422);
    }

    @Test
    void aReturnedCaseIsReDispatchedAndBecomesATrainingExample() {
        Case c = atDepartment("zjj", "公交线路调整建议");
        long returnsBefore = audited(c.id(), "case.return");
        Api housing = Api.signedIn("zjj");
        JsonObject returned = ok(housing.post("/api/staff/cases/" + c.id() + "/return",
                step("公交线路属交通运输局职责", version(housing, c.id()))));
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(housing.get("/api/staff/cases/" + c.id()).status()).as("no longer the housing bureau's").isEqualTo(404);
        Api dispatcher = Api.signedIn("dispatcher");
        assertThat(dispatcher.get("/api/staff/dispatch-queue").body()).contains(c.number());

        ok(dispatcher.post("/api/staff/cases/" + c.id() + "/dispatch", Json.createObjectBuilder()
                .add("departmentCode", "jtysj").add("category", "交通运输")
                .add("version", version(dispatcher, c.id())).build().toString()));
        assertThat(Database.count("select count(*) from training_example where case_id = ? and source = 'department-return'"
                + " and label = '交通运输'", c.id())).isEqualTo(1);
        assertThat(Api.signedIn("jtysj").get("/api/staff/workbench?queue=TO_SIGN").body()).contains(c.number());
        assertThat(audited(c.id(), "case.return")).isEqualTo(returnsBefore + 1);
    }

    @Test
    void mergedCasesGetTheMastersAnswer() {
        Case master = atDepartment("cgj", "夜市油烟扰民");
        JsonObject receipt = submit("MESSAGE_BOARD", "夜市油烟问题", "夜市烧烤油烟很大，影响居民休息。" + UUID.randomUUID(), true);
        Case repeat = new Case(receipt.getString("trackingNumber"), receipt.getString("queryCode"),
                idOf(receipt.getString("trackingNumber")));
        Api dispatcher = Api.signedIn("dispatcher");
        JsonObject merged = ok(dispatcher.post("/api/staff/cases/" + repeat.id() + "/merge", Json.createObjectBuilder()
                .add("masterTrackingNumber", master.number()).add("version", version(dispatcher, repeat.id()))
                .build().toString()));
        assertThat(merged.getString("masterTrackingNumber")).isEqualTo(master.number());
        assertThat(dispatcher.post("/api/staff/cases/" + master.id() + "/merge", Json.createObjectBuilder()
                .add("masterTrackingNumber", repeat.number()).add("version", version(dispatcher, master.id()))
                .build().toString()).status()).as("a merged case cannot be a master").isEqualTo(409);

        Api handler = Api.signedIn("cgj");
        answer(handler, master.id(), "已联合市场监管部门整治夜市油烟，安装净化设备。");
        Routing.approve(master.id());
        JsonObject seen = Routing.lookup(repeat.number(), repeat.code());
        assertThat(seen.getString("status")).isEqualTo("ANSWERED");
        assertThat(seen.getString("reply")).contains("净化设备");
        assertThat(seen.getString("masterTrackingNumber")).isEqualTo(master.number());
        assertThat(seen.getJsonArray("notifications").toString()).contains("主件已答复");
    }

    @Test
    void aDispatcherDeclinesWithAReasonTheResidentSees() {
        JsonObject receipt = submit("MESSAGE_BOARD", "咨询", "你好，请问一下。" + UUID.randomUUID(), true);
        String id = idOf(receipt.getString("trackingNumber"));
        Api dispatcher = Api.signedIn("dispatcher");
        JsonObject seen = Routing.lookup(receipt.getString("trackingNumber"), receipt.getString("queryCode"));
        if (!"REGISTERED".equals(seen.getString("status"))) {
            Api other = Api.signedIn(Routing.handlerOf(seen.getString("departmentCode")));
            ok(other.post("/api/staff/cases/" + id + "/return", step("诉求不明确", version(other, id))));
        }
        Api.Reply badReason = dispatcher.post("/api/staff/cases/" + id + "/refuse", Json.createObjectBuilder()
                .add("reason", "BORED").add("version", version(dispatcher, id)).build().toString());
        assertThat(badReason.status()).isEqualTo(422);
        ok(dispatcher.post("/api/staff/cases/" + id + "/refuse", Json.createObjectBuilder().add("reason", "UNCLEAR")
                .add("note", "请写明具体诉求后重新提交").add("version", version(dispatcher, id)).build().toString()));
        JsonObject refused = Routing.lookup(receipt.getString("trackingNumber"), receipt.getString("queryCode"));
        assertThat(refused.getString("status")).isEqualTo("NOT_ACCEPTED");
        assertThat(refused.getString("notAcceptedZh")).isEqualTo("诉求不明确，无法办理");
        assertThat(refused.getString("statusNote")).isEqualTo("请写明具体诉求后重新提交");
        assertThat(dispatcher.post("/api/staff/cases/" + id + "/dispatch", Json.createObjectBuilder()
                .add("departmentCode", "zjj").add("version", version(dispatcher, id)).build().toString()).status())
                .isEqualTo(409);
    }

    @Test
    void reportMailboxCasesAreSeenOnlyByDisciplineOfficersAndEveryViewIsAudited() {
        JsonObject receipt = submit("REPORT_MAILBOX", "举报某局干部收受礼金",
                "某局干部张某在项目验收中收受施工方礼金，时间地点如下。" + UUID.randomUUID(), true);
        String number = receipt.getString("trackingNumber");
        String id = idOf(number);
        for (String user : List.of("dispatcher", "reviewer", "leader", "admin", "jwjw", "zjj-head")) {
            Api api = Api.signedIn(user);
            assertThat(api.get("/api/staff/cases/" + id).status()).as(user).isEqualTo(404);
        }
        assertThat(Api.signedIn("dispatcher").get("/api/staff/dispatch-queue").body()).doesNotContain(number);
        assertThat(Api.signedIn("jwjw").get("/api/staff/queue").body()).doesNotContain(number);
        assertThat(Api.signedIn("leader").get("/api/staff/supervision").body()).doesNotContain(number);
        assertThat(Api.anonymous().get("/api/board?size=100").body()).doesNotContain(number);

        Api discipline = Api.signedIn("jiwei");
        assertThat(discipline.get("/api/staff/workbench?queue=TO_SIGN").body()).contains(number);
        long viewsBefore = audited(id, "case.view.report");
        JsonObject seen = ok(discipline.get("/api/staff/cases/" + id));
        assertThat(seen.getString("residentMobile")).isEqualTo("13912340000");
        assertThat(audited(id, "case.view.report")).isEqualTo(viewsBefore + 1);
        assertThat(Database.count("select count(*) from notification where case_id = ? and recipient_kind = 'STAFF'"
                + " and recipient <> 'jiwei'", id)).as("nobody else is told of a report").isZero();

        ok(discipline.post("/api/staff/cases/" + id + "/sign", versionOnly(version(discipline, id))));
        JsonObject answered = ok(discipline.post("/api/staff/cases/" + id + "/answer", Json.createObjectBuilder()
                .add("reply", "您反映的问题已受理核查。").add("publish", true).add("version", version(discipline, id))
                .build().toString()));
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.getBoolean("published")).as("reports are never public").isFalse();
        assertThat(Api.anonymous().get("/api/board?size=100").body()).doesNotContain(number);
        JsonObject similar = submit("MESSAGE_BOARD", "举报某局干部收受礼金",
                "某局干部张某在项目验收中收受施工方礼金，时间地点如下。", true);
        String similarId = idOf(similar.getString("trackingNumber"));
        assertThat(Api.signedIn("dispatcher").get("/api/staff/cases/" + similarId).body())
                .as("a report is never offered as a duplicate").doesNotContain(number);
    }

    @Test
    void coHandlersGiveOpinionsAndCopiedOfficesOnlyRead() {
        JsonObject receipt = submit("MESSAGE_BOARD", "你好", "你好，请问一下。" + UUID.randomUUID(), true);
        String number = receipt.getString("trackingNumber");
        String id = idOf(number);
        JsonObject seen = Routing.lookup(number, receipt.getString("queryCode"));
        if (!"REGISTERED".equals(seen.getString("status"))) {
            Api other = Api.signedIn(Routing.handlerOf(seen.getString("departmentCode")));
            ok(other.post("/api/staff/cases/" + id + "/return", step("请改派", version(other, id))));
        }
        Api dispatcher = Api.signedIn("dispatcher");
        JsonArrayBuilder co = Json.createArrayBuilder().add("jtysj");
        JsonArrayBuilder cc = Json.createArrayBuilder().add("scjgj");
        ok(dispatcher.post("/api/staff/cases/" + id + "/dispatch", Json.createObjectBuilder().add("departmentCode", "zjj")
                .add("coHandlers", co).add("copies", cc).add("version", version(dispatcher, id)).build().toString()));

        Api coHandler = Api.signedIn("jtysj");
        assertThat(ok(coHandler.get("/api/staff/workbench?queue=CO_HANDLING")).toString()).contains(number);
        ok(coHandler.post("/api/staff/cases/" + id + "/opinion", step("交通方面：周边公交站可临时迁移。", 0)));
        Api copied = Api.signedIn("scjgj");
        assertThat(copied.get("/api/staff/cases/" + id).status()).as("a copied office reads").isEqualTo(200);
        assertThat(copied.post("/api/staff/cases/" + id + "/opinion", step("意见", 0)).status()).isEqualTo(403);
        assertThat(copied.post("/api/staff/cases/" + id + "/sign", versionOnly(version(copied, id))).status())
                .as("only the lead department signs").isEqualTo(403);
        JsonObject lead = ok(Api.signedIn("zjj").get("/api/staff/cases/" + id));
        assertThat(lead.getJsonArray("participants").toString()).contains("周边公交站可临时迁移").contains("COPY");
        assertThat(Api.signedIn("rsj").get("/api/staff/cases/" + id).status()).isEqualTo(404);
    }

    @Test
    void theClockStopsForSupplementsAndExtensionsNeedTheDepartmentHead() {
        Case c = atDepartment("zjj", "老旧小区改造申请");
        Api handler = Api.signedIn("zjj");
        ok(handler.post("/api/staff/cases/" + c.id() + "/sign", versionOnly(version(handler, c.id()))));
        String dueBefore = ok(handler.get("/api/staff/cases/" + c.id())).getString("dueAt");
        ok(handler.post("/api/staff/cases/" + c.id() + "/supplement-request",
                step("请补充小区名称和楼栋号", version(handler, c.id()))));
        JsonObject waiting = Routing.lookup(c.number(), c.code());
        assertThat(waiting.getString("status")).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(waiting.getString("statusNote")).contains("楼栋号");
        assertThat(waiting.getJsonArray("notifications").toString()).contains("请补充材料");
        Api.Reply supplied = Api.anonymous().post("/api/cases/" + c.number() + "/supplement", Json.createObjectBuilder()
                .add("queryCode", c.code()).add("text", "金霞小区3栋").build().toString());
        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        assertThat(supplied.json().getString("status")).isEqualTo("HANDLING");
        assertThat(Instant.parse(ok(handler.get("/api/staff/cases/" + c.id())).getString("dueAt")))
                .isAfterOrEqualTo(Instant.parse(dueBefore));

        ok(handler.post("/api/staff/cases/" + c.id() + "/extension", Json.createObjectBuilder().add("days", 5)
                .add("reason", "需协调施工单位").add("version", version(handler, c.id())).build().toString()));
        assertThat(handler.post("/api/staff/cases/" + c.id() + "/extension-decision", Json.createObjectBuilder()
                .add("grant", true).add("version", version(handler, c.id())).build().toString()).status())
                .isEqualTo(403);
        assertThat(Api.signedIn("jtysj-head").post("/api/staff/cases/" + c.id() + "/extension-decision",
                Json.createObjectBuilder().add("grant", true).add("version", 0).build().toString()).status())
                .as("another department's head").isIn(403, 404);
        Api head = Api.signedIn("zjj-head");
        assertThat(head.get("/api/staff/extensions").body()).contains(c.number());
        JsonObject granted = ok(head.post("/api/staff/cases/" + c.id() + "/extension-decision", Json.createObjectBuilder()
                .add("grant", true).add("version", version(head, c.id())).build().toString()));
        assertThat(Instant.parse(granted.getString("dueAt"))).isAfter(Instant.parse(dueBefore).plus(Duration.ofDays(5)));
        assertThat(granted.getInt("limitDays")).isEqualTo(20);
    }

    @Test
    void overdueCasesAreEscalatedOnceAndShownToSupervisors() {
        Case c = atDepartment("zjj", "道路积水无人处理");
        Instant started = Instant.now().minus(Duration.ofDays(30));
        Database.update("update case_file set clock_started_at = ?, due_at = ? where id = ?",
                Timestamp.from(started), Timestamp.from(Instant.now().minus(Duration.ofHours(1))), c.id());
        // Two sweeps at once, as two nodes would run them: one wins the case, neither warns twice.
        List<java.util.concurrent.CompletableFuture<Api.Reply>> sweeps = List.of(
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> Api.signedIn("admin").post("/api/admin/supervision/sweep", "{}")),
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> Api.signedIn("admin").post("/api/admin/supervision/sweep", "{}")));
        for (var sweep : sweeps) {
            assertThat(sweep.join().status()).as("a sweep wins or loses the race cleanly").isIn(200, 409);
        }
        ok(Api.signedIn("admin").post("/api/admin/supervision/sweep", "{}"));
        JsonObject details = ok(Api.signedIn("zjj").get("/api/staff/cases/" + c.id()));
        assertThat(details.getString("warningLevel")).isEqualTo("RED");
        assertThat(timeline(details).stream().filter("ESCALATED"::equals).count()).as("escalated once").isEqualTo(1);
        assertThat(Database.count("select count(*) from notification where case_id = ? and recipient = 'zjj-head'"
                + " and subject like '督办%'", c.id())).isEqualTo(1);
        assertThat(Database.count("select count(*) from notification where case_id = ? and recipient = 'leader'", c.id()))
                .isEqualTo(1);
        assertThat(ok(Api.signedIn("zjj").get("/api/staff/workbench?queue=OVERDUE")).toString()).contains(c.number());
        JsonObject overview = ok(Api.signedIn("leader").get("/api/staff/supervision"));
        assertThat(overview.getJsonArray("atRisk").toString()).contains(c.number());
        assertThat(overview.getJsonArray("departments").stream().map(JsonObject.class::cast)
                .filter(d -> d.getString("departmentCode").equals("zjj"))
                .mapToLong(d -> d.getJsonNumber("red").longValue()).sum()).isPositive();
        assertThat(Api.signedIn("zjj").get("/api/staff/supervision").status()).isEqualTo(403);
        assertThat(Api.signedIn("zjj").post("/api/admin/supervision/sweep", "{}").status()).isEqualTo(403);
    }

    @Test
    void aLeaderInstructsAndAFollowUpReopensAnAnswer() {
        JsonObject letter = submit("LEADER_MAILBOX", "致市长：公交站台缺少遮雨棚", "多个公交站台没有遮雨棚，雨天候车不便。", true);
        Api.Reply mailbox = Api.signedIn("leader").get("/staff/leader-mailbox?leader=shizhang");
        assertThat(mailbox.status()).isEqualTo(200);
        assertThat(mailbox.body()).contains(letter.getString("trackingNumber"));
        assertThat(Api.signedIn("zjj").get("/staff/leader-mailbox").status()).isEqualTo(403);

        Case c = atDepartment("jtysj", "红绿灯时长太短");
        ok(Api.signedIn("leader").post("/api/staff/cases/" + c.id() + "/instruction", step("请交通部门尽快研究调整。", 0)));
        Api handler = Api.signedIn("jtysj");
        assertThat(ok(handler.get("/api/staff/cases/" + c.id())).getString("leaderInstruction")).contains("尽快研究");
        assertThat(handler.post("/api/staff/cases/" + c.id() + "/instruction", step("x", 0)).status()).isEqualTo(403);
        answer(handler, c.id(), "已将该路口绿灯时长由25秒调整为35秒。");
        Routing.approve(c.id());
        Api.Reply followUp = Api.anonymous().post("/api/cases/" + c.number() + "/follow-up", Json.createObjectBuilder()
                .add("queryCode", c.code()).add("text", "晚高峰时段是否也调整了？").build().toString());
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(200);
        assertThat(followUp.json().getString("status")).isEqualTo("HANDLING");
        Api.Reply wrongCode = Api.anonymous().post("/api/cases/" + c.number() + "/follow-up", Json.createObjectBuilder()
                .add("queryCode", "000000".equals(c.code()) ? "111111" : "000000").add("text", "x").build().toString());
        assertThat(wrongCode.status()).isEqualTo(404);
    }

    @Test
    void monthlyStatisticsArePublishedForFinishedMonthsOnly() {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        assertThat(Api.anonymous().get("/api/statistics/monthly?month=" + now).status()).isEqualTo(422);
        assertThat(Api.anonymous().get("/api/statistics/monthly?month=bad").status()).isEqualTo(422);
        YearMonth month = now.minusMonths(1);
        JsonObject last = ok(Api.anonymous().get("/api/statistics/monthly?month=" + month));
        assertThat(last.getString("month")).isEqualTo(month.toString());
        ZoneId city = ZoneId.of("Asia/Shanghai");
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(city).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(city).toInstant());
        assertThat(last.getJsonNumber("received").longValue()).isEqualTo(Database.count("select count(*) from case_file"
                + " where received_at >= ? and received_at < ? and channel <> 'REPORT_MAILBOX'", from, to));
        assertThat(last.getJsonNumber("answered").longValue()).isEqualTo(Database.count("select count(*) from case_file"
                + " where answered_at >= ? and answered_at < ? and channel <> 'REPORT_MAILBOX'", from, to));
        assertThat(last.getJsonNumber("onTimeRate").doubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void registeredResidentsFindTheirMessagesWithoutQueryCodes() {
        String mobile = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        Api resident = Api.anonymous();
        Api.Reply weak = resident.post("/api/residents", Json.createObjectBuilder().add("login", mobile)
                .add("displayName", "王女士").add("password", "short").build().toString());
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body()).contains("password");
        Api.Reply created = resident.post("/api/residents", Json.createObjectBuilder().add("login", mobile)
                .add("displayName", "王女士").add("password", "Citizen2026").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(resident.post("/api/residents", Json.createObjectBuilder().add("login", mobile)
                .add("displayName", "王女士").add("password", "Citizen2026").build().toString()).status()).isEqualTo(409);
        assertThat(resident.get("/api/residents/me/messages").status()).isEqualTo(401);

        assertThat(resident.post("/api/residents/session", Json.createObjectBuilder().add("login", mobile)
                .add("password", "wrong-2026").build().toString()).status()).isEqualTo(401);
        ok(resident.post("/api/residents/session", Json.createObjectBuilder().add("login", mobile)
                .add("password", "Citizen2026").build().toString()));
        Api.Reply submitted = resident.post("/api/submissions", Json.createObjectBuilder().add("channel", "CONSULTATION")
                .add("title", "新生儿医保怎么办理").add("body", "孩子刚出生，请问新生儿医保在哪里办理？").add("publicRequested", true)
                .build().toString());
        assertThat(submitted.status()).isEqualTo(201);
        String number = submitted.json().getString("trackingNumber");
        assertThat(resident.get("/api/residents/me/messages").body()).contains(number).contains("新生儿医保");
        JsonObject mine = ok(resident.get("/api/residents/me/messages/" + number));
        assertThat(mine.getString("caseType")).isEqualTo("CONSULTATION");
        assertThat(Routing.lookup(number, submitted.json().getString("queryCode")).getString("caseType"))
                .isEqualTo("CONSULTATION");

        Api stranger = Api.anonymous();
        assertThat(stranger.get("/api/residents/me/messages/" + number).status()).isEqualTo(401);

        // The same through the portal's pages, without JavaScript: register, write, find it under "my messages".
        String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Api browser = Api.anonymous();
        Api.Reply weakForm = browser.postForm("/account/register", "login=" + email + "&displayName=A&password=weak");
        assertThat(weakForm.status()).isEqualTo(422);
        assertThat(weakForm.body()).contains("aria-invalid=\"true\"").contains(email);
        assertThat(browser.postForm("/account/register", "login=" + email
                + "&displayName=%E8%B5%B5%E5%85%88%E7%94%9F&password=Citizen2026").status()).isEqualTo(303);
        assertThat(browser.postForm("/write/message", "title=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE&body="
                + "%E8%B7%AF%E7%81%AF%E5%9D%8F%E4%BA%86&caseType=COMPLAINT&public=yes").status()).isEqualTo(201);
        Api.Reply accountPage = browser.get("/account");
        assertThat(accountPage.status()).isEqualTo(200);
        assertThat(accountPage.body()).contains("路灯不亮").contains("赵先生");
        assertThat(Api.anonymous().get("/account").body()).as("signed out: the sign-in form").contains("f-login")
                .doesNotContain("路灯不亮");
        assertThat(Api.signedIn("zjj").get("/api/residents/me/messages").status()).as("staff are not residents")
                .isEqualTo(403);
        assertThat(Api.anonymous().post("/api/residents/session", Json.createObjectBuilder().add("login", "zjj")
                .add("password", Api.PASSWORD).build().toString()).status()).as("no staff through the residents' door")
                .isEqualTo(401);
    }

    @Test
    void aGoodConsultationAnswerBecomesAnFaqEntryResidentsFindBeforeAsking() {
        JsonObject receipt = submit("CONSULTATION", "居住证怎么办理", "刚到本市工作，请问居住证需要哪些材料，在哪里办理？", true);
        String number = receipt.getString("trackingNumber");
        String id = idOf(number);
        JsonObject seen = Routing.lookup(number, receipt.getString("queryCode"));
        assertThat(seen.getString("caseType")).isEqualTo("CONSULTATION");
        assertThat(seen.getInt("limitDays", 5)).as("consultations: 5 working days").isEqualTo(5);
        Api handler = Routing.handlerFor(number, receipt.getString("queryCode"), "gaj");
        answer(handler, id, "持身份证、租房合同或单位证明到居住地派出所办理，5个工作日内发证。");
        assertThat(handler.post("/api/staff/cases/" + id + "/faq", "{}").status()).isEqualTo(403);
        Api reviewer = Api.signedIn("reviewer");
        assertThat(reviewer.post("/api/staff/cases/" + id + "/faq", "{}").status()).as("not answered yet").isEqualTo(422);
        Routing.approve(id);
        Api.Reply published = reviewer.post("/api/staff/cases/" + id + "/faq", Json.createObjectBuilder()
                .add("question", "外地来本市工作如何办理居住证？").build().toString());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(reviewer.post("/api/staff/cases/" + id + "/faq", "{}").status()).isEqualTo(409);
        assertThat(Api.anonymous().get("/api/faq?q=" + java.net.URLEncoder.encode("请问居住证在哪里办",
                java.nio.charset.StandardCharsets.UTF_8)).body()).contains("派出所");
        assertThat(Api.anonymous().get("/write/consultation?q=" + java.net.URLEncoder.encode("居住证",
                java.nio.charset.StandardCharsets.UTF_8)).body()).as("shown before asking").contains("派出所");

        Case complaint = atDepartment("zjj", "楼道堆物");
        assertThat(Api.signedIn("admin").post("/api/staff/cases/" + complaint.id() + "/faq", "{}").status())
                .as("only consultations").isEqualTo(422);
    }

    @Test
    void departmentsAndStaffAreDataTheAdministratorEdits() {
        String code = "t" + Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000);
        Api admin = Api.signedIn("admin");
        Api.Reply created = admin.post("/api/admin/site/departments", Json.createObjectBuilder().add("code", code)
                .add("name", "市测试事务局").add("nameEn", "Municipal Test Bureau").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(admin.post("/api/admin/site/departments", Json.createObjectBuilder().add("code", code)
                .add("name", "重复").add("nameEn", "Duplicate").build().toString()).status()).isEqualTo(409);
        Api.Reply bad = admin.post("/api/admin/site/departments", Json.createObjectBuilder().add("code", "Bad Code")
                .add("name", "").build().toString());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("code").contains("name").contains("nameEn");
        assertThat(Api.anonymous().get("/api/departments").body()).contains("市测试事务局");

        Api.Reply account = admin.post("/api/admin/site/staff", Json.createObjectBuilder().add("username", code + "-clerk")
                .add("displayName", "测试办理员").add("password", "Handler2026").add("roles", Json.createArrayBuilder()
                        .add("handler")).add("departmentCode", code).build().toString());
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        Api clerk = Api.anonymous();
        assertThat(clerk.post("/api/session", Json.createObjectBuilder().add("username", code + "-clerk")
                .add("password", "Handler2026").build().toString()).status()).isEqualTo(200);
        assertThat(clerk.get("/api/staff/workbench").status()).isEqualTo(200);
        assertThat(clerk.get("/api/admin/site/staff").status()).isEqualTo(403);
        ok(admin.put("/api/admin/site/staff/" + code + "-clerk", Json.createObjectBuilder().add("roles",
                Json.createArrayBuilder().add("handler")).add("departmentCode", code).add("active", false).build().toString()));
        assertThat(Api.anonymous().post("/api/session", Json.createObjectBuilder().add("username", code + "-clerk")
                .add("password", "Handler2026").build().toString()).status()).as("deactivated").isEqualTo(401);
        assertThat(audited(code + "-clerk", "staff.change")).isEqualTo(1);

        String label = "WAIT_" + code.toUpperCase();
        Api.Reply defined = admin.post("/api/admin/site/sub-statuses", Json.createObjectBuilder().add("code", label)
                .add("status", "HANDLING").add("labelZh", "等待检测报告").add("labelEn", "Waiting for a test report")
                .build().toString());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(admin.post("/api/admin/site/sub-statuses", Json.createObjectBuilder().add("code", label)
                .add("status", "HANDLING").add("labelZh", "重复").add("labelEn", "Again").build().toString()).status())
                .isEqualTo(409);
        assertThat(Api.signedIn("zjj").get("/api/staff/sub-statuses").body()).contains(label).contains("等待检测报告");
        Api.Reply page = admin.get("/staff/admin/site");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("市测试事务局").contains("zjj-head").contains(label);
        assertThat(Api.signedIn("zjj").get("/staff/admin/site").status()).isEqualTo(403);
        Api.Reply missing = admin.page("/staff/cases/no-such-case");
        assertThat(missing.status()).as("a browser gets errors as a page").isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.body()).contains("problem-title").contains("没有找到该件");
        assertThat(admin.get("/api/staff/cases/no-such-case").contentType()).startsWith("application/problem+json");
    }
}

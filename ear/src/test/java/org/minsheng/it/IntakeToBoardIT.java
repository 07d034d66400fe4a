package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resident's letter from intake to the public board through the REST API, end to end against the
 * real EAR in WildFly, PostgreSQL and Kafka: a resident writes to a leader, the classifier or a
 * dispatcher routes it, a handler answers, the resident reads the answer, the board shows it, the
 * digest counts it; with the validation, security, duplicate, moderation and masking rules on the
 * way, and the public health, OpenAPI and reference-data endpoints.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeToBoardIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static JsonObject letter(String title, String body, boolean publicRequested) {
        return Json.createObjectBuilder()
                .add("channel", "LEADER_MAILBOX").add("leaderCode", "shizhang")
                .add("title", title).add("body", body)
                .add("name", "王小明").add("mobile", "13812345678")
                .add("publicRequested", publicRequested).build();
    }

    private static JsonObject submit(JsonObject letter) {
        Api.Reply reply = Api.anonymous().post("/api/submissions", letter.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonObject lookup(Api api, String number, String code, int expectedStatus) {
        Api.Reply reply = api.post("/api/cases/lookup", Json.createObjectBuilder()
                .add("trackingNumber", number).add("queryCode", code).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(expectedStatus);
        return reply.json();
    }

    private static String caseIdOf(Api handler, String trackingNumber) {
        return handler.get("/api/staff/queue").array().stream().map(JsonObject.class::cast)
                .filter(q -> q.getString("trackingNumber").equals(trackingNumber))
                .map(q -> q.getString("id")).findFirst().orElseThrow();
    }

    @Test
    void residentWritesHandlerAnswersResidentReadsTheAnswerOnTheBoard() {
        JsonObject receipt = submit(letter("朗州路路灯不亮", "朗州路北段路灯连续一周不亮，夜间出行不安全。", true));
        String number = receipt.getString("trackingNumber");
        String code = receipt.getString("queryCode");
        assertThat(number).matches("MS\\d{8}-\\d{5,}");
        assertThat(code).matches("\\d{6}");
        assertThat(Database.count("select count(*) from case_file where tracking_number = ?", number)).isEqualTo(1);

        JsonObject before = lookup(Api.anonymous(), number, code, 200);
        assertThat(before.getString("status")).isIn("REGISTERED", "DISPATCHED");
        assertThat(before.containsKey("reply")).isFalse();
        assertThat(before.containsKey("residentMobile")).as("no contact data in a resident's view").isFalse();

        Api handler = Routing.handlerFor(number, code, "cgj");
        String caseId = caseIdOf(handler, number);
        JsonObject staffView = handler.get("/api/staff/cases/" + caseId).json();
        assertThat(staffView.getString("residentMobile")).isEqualTo("13812345678");
        Api.Reply answered = handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "您好！已安排维修，三日内恢复照明。").add("publish", true)
                .add("version", staffView.getJsonNumber("version").longValue()).build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("IN_REVIEW");
        assertThat(lookup(Api.anonymous(), number, code, 200).containsKey("reply"))
                .as("the resident sees the reply only after review").isFalse();
        Routing.approve(caseId);

        JsonObject after = lookup(Api.anonymous(), number, code, 200);
        assertThat(after.getString("status")).isEqualTo("ANSWERED");
        assertThat(after.getString("reply")).isEqualTo("您好！已安排维修，三日内恢复照明。");

        String board = Api.anonymous().get("/api/board?size=100").body();
        assertThat(board).contains(number).contains("已安排维修").doesNotContain("13812345678").doesNotContain("王小明");
        assertThat(Database.count("select count(*) from audit_record a join case_file c on a.subject_id = c.id"
                + " where c.tracking_number = ? and a.action in ('case.register', 'case.dispatch', 'case.reply.submit',"
                + " 'case.answer')", number))
                .isEqualTo(4);
        assertThat(handler.get("/api/staff/queue").body()).doesNotContain(number);

        // Answering twice is an illegal transition.
        Api.Reply again = handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "再次答复").add("version", after.getJsonNumber("version").longValue()).build().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void privateLettersStayOffTheBoardAndStaleAnswersConflict() {
        JsonObject receipt = submit(letter("家庭困难申请救助", "家中老人重病，生活困难。", false));
        String number = receipt.getString("trackingNumber");
        Api handler = Routing.handlerFor(number, receipt.getString("queryCode"), "mzj");
        String caseId = caseIdOf(handler, number);
        long version = handler.get("/api/staff/cases/" + caseId).json().getJsonNumber("version").longValue();

        Api.Reply stale = handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "答复").add("publish", true).add("version", version + 7).build().toString());
        assertThat(stale.status()).isEqualTo(409);

        Api.Reply ok = handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "已转民政部门联系您。").add("publish", true).add("version", version).build().toString());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(Routing.approve(caseId).getBoolean("published")).as("a private letter is never published").isFalse();
        assertThat(Api.anonymous().get("/api/board?size=100").body()).doesNotContain(number);
    }

    @Test
    void aWrongQueryCodeLooksExactlyLikeAnUnknownNumber() {
        JsonObject receipt = submit(letter("查询码测试", "内容", true));
        String number = receipt.getString("trackingNumber");
        String wrong = receipt.getString("queryCode").equals("000000") ? "111111" : "000000";

        JsonObject wrongCode = lookup(Api.anonymous(), number, wrong, 404);
        JsonObject unknown = lookup(Api.anonymous(), "MS20200101-99999", wrong, 404);
        assertThat(wrongCode.getString("type")).isEqualTo(unknown.getString("type"));
        assertThat(wrongCode.getString("title")).isEqualTo(unknown.getString("title"));
        assertThat(wrongCode.getString("title_en")).isEqualTo(unknown.getString("title_en"));
    }

    @Test
    void invalidInputGetsFieldLevelProblemsInChineseAndEnglishAndStoresNothing() {
        long before = Database.count("select count(*) from case_file");
        JsonObject tooLong = letter("标".repeat(51), "内容", true);
        Api.Reply reply = Api.anonymous().post("/api/submissions", tooLong.toString());
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).isEqualTo("/problems/validation");
        JsonObject titleError = problem.getJsonArray("errors").getJsonObject(0);
        assertThat(titleError.getString("field")).isEqualTo("title");
        assertThat(titleError.getString("messageZh")).contains("50");
        assertThat(titleError.getString("messageEn")).contains("50");

        Api.Reply badMobile = Api.anonymous().post("/api/submissions", Json.createObjectBuilder(letter("标题", "内容", true))
                .add("mobile", "12345").build().toString());
        assertThat(badMobile.status()).isEqualTo(422);
        assertThat(badMobile.body()).contains("\"field\":\"mobile\"");

        Api.Reply malformed = Api.anonymous().post("/api/submissions", "{\"title\": \"unterminated");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Reply wrongType = Api.anonymous().post("/api/submissions",
                "{\"channel\":\"LEADER_MAILBOX\",\"leaderCode\":\"shizhang\",\"title\":\"t\",\"body\":\"b\",\"publicRequested\":{\"x\":1}}");
        assertThat(wrongType.status()).isEqualTo(400);

        byte[] invalidUtf8 = "{\"channel\":\"LEADER_MAILBOX\",\"leaderCode\":\"shizhang\",\"title\":\"\u00ff\",\"body\":\"b\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply badBytes = Api.anonymous().postRaw("/api/submissions", "application/json", invalidUtf8);
        assertThat(badBytes.status()).isBetween(400, 499);

        Api.Reply wrongMediaType = Api.anonymous().postRaw("/api/submissions", "text/plain", "hello".getBytes());
        assertThat(wrongMediaType.status()).isEqualTo(415);

        for (Api.Reply r : new Api.Reply[] {reply, badMobile, malformed, wrongType, badBytes, wrongMediaType}) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(Database.count("select count(*) from case_file")).isEqualTo(before);
    }

    @Test
    void staffEndpointsNeedASignInAndTheRightRole() {
        assertThat(Api.anonymous().get("/api/staff/queue").status()).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/digest/received").status()).isEqualTo(401);
        assertThat(Api.signedIn("leader").get("/api/staff/queue").status()).isEqualTo(403);
        assertThat(Api.signedIn("handler").get("/api/digest/received").status()).isEqualTo(403);
        assertThat(Api.anonymous().post("/api/session", "{\"username\":\"handler\",\"password\":\"wrong\"}").status())
                .isEqualTo(401);
        assertThat(Api.anonymous().getWithBasic("/api/staff/queue", "handler").status()).isEqualTo(200);
    }

    @Test
    void handlersSeeOnlyTheirOwnDepartmentsCases() {
        JsonObject receipt = submit(letter("部门隔离测试", "内容", true));
        Api own = Routing.handlerFor(receipt.getString("trackingNumber"), receipt.getString("queryCode"), "sjzyj");
        String caseId = caseIdOf(own, receipt.getString("trackingNumber"));
        String department = own.get("/api/staff/cases/" + caseId).json().getString("departmentCode");
        Api other = Api.signedIn("zjj".equals(department) ? "rsj" : "zjj");
        assertThat(other.get("/api/staff/queue").body()).doesNotContain(receipt.getString("trackingNumber"));
        assertThat(other.get("/api/staff/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void theDigestCountsReceivedCasesFromKafkaStreams() {
        JsonObject receipt = submit(letter("舆情统计测试", "内容", true));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long storedToday = Database.count("select count(*) from case_file where channel = 'LEADER_MAILBOX'"
                + " and tracking_number like ?", "MS" + today.replace("-", "") + "-%");
        Api leader = Api.signedIn("leader");
        boolean counted = Await.until(Duration.ofSeconds(60), () -> {
            Api.Reply reply = leader.get("/api/digest/received");
            return reply.status() == 200 && reply.array().stream().map(JsonObject.class::cast)
                    .anyMatch(c -> c.getString("day").equals(today) && c.getString("channel").equals("LEADER_MAILBOX")
                            && c.getJsonNumber("count").longValue() >= storedToday);
        });
        assertThat(counted).as("digest caught up with " + storedToday + " letters today, incl. "
                + receipt.getString("trackingNumber")).isTrue();
        assertThat(Database.count("select count(*) from outbox where published_at is null and record_key in"
                + " (select id from case_file where tracking_number = ?)", receipt.getString("trackingNumber"))).isZero();
    }

    @Test
    void aClearMessageIsRoutedToItsDepartmentWithCategoryAndConfidence() {
        JsonObject receipt = submit(letter("建议增开公交线路",
                "城东新区到火车站只有一路公交车，早晚高峰车厢拥挤，等车要半小时，建议交通部门增开公交线路、加密班次。", true));
        JsonObject c = Routing.lookup(receipt.getString("trackingNumber"), receipt.getString("queryCode"));
        assertThat(c.getString("status")).isEqualTo("DISPATCHED");
        assertThat(c.getString("departmentCode")).isEqualTo("jtysj");

        Api transport = Api.signedIn("jtysj");
        JsonObject item = transport.get("/api/staff/queue").array().stream().map(JsonObject.class::cast)
                .filter(q -> q.getString("trackingNumber").equals(receipt.getString("trackingNumber")))
                .findFirst().orElseThrow();
        assertThat(item.getString("category")).isEqualTo("交通运输");
        assertThat(item.getJsonNumber("confidence").doubleValue()).isGreaterThanOrEqualTo(0.6);
        JsonObject staffView = transport.get("/api/staff/cases/" + item.getString("id")).json();
        assertThat(staffView.getJsonArray("suggestions")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(c.containsKey("category")).as("residents do not see the classifier's findings").isFalse();
    }

    @Test
    void anUnclearMessageWaitsForADispatcherWhoseCorrectionBecomesTrainingData() {
        JsonObject receipt = submit(letter("你好", "你好，请问一下。", true));
        String number = receipt.getString("trackingNumber");
        assertThat(Routing.lookup(number, receipt.getString("queryCode")).getString("status")).isEqualTo("REGISTERED");
        assertThat(Api.signedIn("handler").get("/api/staff/queue").body()).doesNotContain(number);

        Api dispatcher = Api.signedIn("dispatcher");
        JsonObject item = dispatcher.get("/api/staff/dispatch-queue").array().stream().map(JsonObject.class::cast)
                .filter(q -> q.getString("trackingNumber").equals(number)).findFirst().orElseThrow();
        JsonObject details = dispatcher.get("/api/staff/cases/" + item.getString("id")).json();
        assertThat(details.getJsonArray("suggestions")).isNotEmpty();
        String predicted = details.getString("category");
        String corrected = "商贸旅游".equals(predicted) ? "卫生计生" : "商贸旅游";
        long examplesBefore = Database.count("select count(*) from training_example where case_id = ?", item.getString("id"));

        Api.Reply dispatched = dispatcher.post("/api/staff/cases/" + item.getString("id") + "/dispatch",
                Json.createObjectBuilder().add("departmentCode", "swj").add("category", corrected)
                        .add("version", details.getJsonNumber("version").longValue()).build().toString());
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        assertThat(dispatched.json().getString("category")).isEqualTo(corrected);
        assertThat(Database.count("select count(*) from training_example where case_id = ? and label = ?",
                item.getString("id"), corrected)).isEqualTo(examplesBefore + 1);
        assertThat(Api.signedIn("swj").get("/api/staff/queue").body()).contains(number);

        Api.Reply badDepartment = dispatcher.post("/api/staff/cases/" + item.getString("id") + "/dispatch",
                Json.createObjectBuilder().add("departmentCode", "nowhere").add("version", 99).build().toString());
        assertThat(badDepartment.status()).isEqualTo(422);
        assertThat(Api.signedIn("handler").post("/api/staff/cases/" + item.getString("id") + "/dispatch",
                "{\"departmentCode\":\"zjj\",\"version\":1}").status()).isEqualTo(403);
    }

    @Test
    void aRepeatedMessageIsSuggestedToStaffAsADuplicateAndUrgencyIsFlagged() {
        JsonObject first = submit(letter("金霞小区燃气管道泄漏",
                "鼎城区金霞小区3栋楼下燃气管道泄漏，味道很大，已经两天了，请燃气公司尽快派人处理！", true));
        JsonObject second = submit(letter("金霞小区3栋燃气管道泄漏",
                "鼎城区金霞小区3栋楼下燃气管道泄漏，味道很大，已经三天了，请尽快派人处理！", true));
        String id = Routing.lookup(second.getString("trackingNumber"), second.getString("queryCode")).getString("id");
        JsonObject details = Api.signedIn("dispatcher").get("/api/staff/cases/" + id).json();
        assertThat(details.getJsonArray("duplicates").toString()).contains(first.getString("trackingNumber"));
        assertThat(details.getJsonArray("duplicates").getJsonObject(0).getJsonNumber("score").doubleValue())
                .isGreaterThan(0.5);
        assertThat(details.getBoolean("urgent")).isTrue();
        assertThat(details.getString("urgencyReason")).contains("燃气");
    }

    @Test
    void anAnswerToAMessageWithSensitiveWordsIsPublishedOnlyAfterReview() {
        JsonObject receipt = submit(letter("物业经理是个混蛋", "小区物业经理是个混蛋，电梯坏了一个月都不修。", true));
        String number = receipt.getString("trackingNumber");
        Api handler = Routing.handlerFor(number, receipt.getString("queryCode"), "zjj");
        String caseId = caseIdOf(handler, number);
        JsonObject staffView = handler.get("/api/staff/cases/" + caseId).json();
        assertThat(staffView.getString("sensitiveWords")).contains("混蛋");
        JsonObject answered = handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "已督促物业本周内修复电梯。").add("publish", true)
                .add("version", staffView.getJsonNumber("version").longValue()).build().toString()).json();
        assertThat(answered.getString("status")).isEqualTo("IN_REVIEW");
        answered = Routing.approve(caseId);
        assertThat(answered.getBoolean("heldForReview")).isTrue();
        assertThat(answered.getBoolean("published")).isFalse();
        assertThat(Api.anonymous().get("/api/board?size=100").body()).doesNotContain(number);

        assertThat(handler.post("/api/staff/cases/" + caseId + "/publication", "{\"publish\":true}").status())
                .as("handlers do not review").isEqualTo(403);
        Api reviewer = Api.signedIn("reviewer");
        assertThat(reviewer.get("/api/staff/held").body()).contains(number);
        JsonObject decided = reviewer.post("/api/staff/cases/" + caseId + "/publication", "{\"publish\":true}").json();
        assertThat(decided.getBoolean("published")).isTrue();
        assertThat(Api.anonymous().get("/api/board?size=100").body()).contains(number);
        assertThat(reviewer.post("/api/staff/cases/" + caseId + "/publication", "{\"publish\":false}").status())
                .as("decided once").isEqualTo(409);
    }

    @Test
    void reportMailboxLettersGoToTheDisciplineCommission() {
        JsonObject report = Json.createObjectBuilder().add("channel", "REPORT_MAILBOX").add("title", "举报某单位违规发放补贴")
                .add("body", "某单位违规发放补贴，请纪检部门调查。").add("publicRequested", true).build();
        JsonObject receipt = submit(report);
        JsonObject c = Routing.lookup(receipt.getString("trackingNumber"), receipt.getString("queryCode"));
        assertThat(c.getString("departmentCode")).isEqualTo("jwjw");
        assertThat(c.getBoolean("publicRequested")).as("reports are never public").isFalse();
    }

    @Test
    void publishedAnswersMaskPersonalData() {
        JsonObject receipt = submit(letter("小区噪音扰民",
                "楼下商铺每晚音响很吵，联系电话13912345678，车牌湘J12345的车每天堵门。", true));
        String number = receipt.getString("trackingNumber");
        Api handler = Routing.handlerFor(number, receipt.getString("queryCode"), "sthjj");
        String caseId = caseIdOf(handler, number);
        long version = handler.get("/api/staff/cases/" + caseId).json().getJsonNumber("version").longValue();
        assertThat(handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "已处理，如有问题请联系 13700001111。").add("publish", true).add("version", version)
                .build().toString()).status()).isEqualTo(200);
        Routing.approve(caseId);
        String board = Api.anonymous().get("/api/board?size=100").body();
        assertThat(board).contains(number).contains("139****5678").doesNotContain("13912345678")
                .doesNotContain("13700001111").doesNotContain("湘J12345");
    }

    @Test
    void healthOpenApiAndPublicReferenceData() {
        assertThat(Await.until(Duration.ofSeconds(60),
                () -> Api.anonymous().get("/api/health/ready").status() == 200)).isTrue();
        JsonObject ready = Api.anonymous().get("/api/health/ready").json();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getJsonArray("checks").toString()).contains("\"database\"").contains("\"kafka\"");
        assertThat(Api.anonymous().getAbsolute(Api.MANAGEMENT + "/health/ready").status()).isEqualTo(200);

        Api.Reply openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/submissions").contains("/api/board");

        Api.Reply css = Api.anonymous().get("/static/minsheng.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(Api.anonymous().get("/static/web.xml").status()).isEqualTo(404);

        assertThat(Api.anonymous().get("/api/leaders").array()).hasSize(6);
        assertThat(Api.anonymous().get("/api/departments").body()).contains("市住房和城乡建设局");
    }
}

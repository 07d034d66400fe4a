package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Polls (网上调查) end to end: a department's editor creates polls; residents answer once each
 * (per device or per account); closed polls take nothing; results hidden until closing are hidden
 * from staff too; nothing joins people to their choices; bad responses are refused whole; many
 * parallel answers give exact totals.
 */
@ExtendWith(ArquillianExtension.class)
class PollIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private static JsonObject question(String kind, String text, boolean required, Integer max, String... options) {
        var q = Json.createObjectBuilder().add("kind", kind).add("text", text).add("required", required);
        if (max != null) {
            q.add("maxChoices", max);
        }
        JsonArrayBuilder o = Json.createArrayBuilder();
        for (String option : options) {
            o.add(option);
        }
        return q.add("options", o).build();
    }

    /** A poll of the editor's department (市数据资源局) with the five kinds of question. */
    static String createPoll(Api staff, String rule, String shown, Instant opens, Instant closes, int addressLimit) {
        JsonObject poll = Json.createObjectBuilder().add("title", "政务服务中心延时服务意见调查")
                .add("description", "了解市民对延时服务的需求。").add("rule", rule).add("resultsShown", shown)
                .add("opensAt", opens.toString()).add("closesAt", closes.toString()).add("addressLimit", addressLimit)
                .add("questions", Json.createArrayBuilder()
                        .add(question("SINGLE", "您最常办理业务的时段？", true, null, "上午", "中午", "傍晚"))
                        .add(question("MULTIPLE", "希望延时的窗口？", false, 2, "社保", "医保", "不动产", "户籍"))
                        .add(question("RATING", "对目前服务的满意度", true, null))
                        .add(question("RANKING", "改进的优先顺序", false, null, "延时", "预约", "网办"))
                        .add(question("TEXT", "其他建议", false, null)))
                .build();
        Api.Reply created = staff.post("/api/staff/polls", poll.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("departmentCode")).isEqualTo("sjzyj");
        return created.json().getString("id");
    }

    private static String openPoll(String rule, String shown, int addressLimit) {
        Instant now = Instant.now();
        return createPoll(Api.signedIn("editor"), rule, shown, now.minusSeconds(60), now.plus(Duration.ofDays(7)),
                addressLimit);
    }

    private static String answer(int single, int rating, String text) {
        var a = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("question", 1).add("choices", Json.createArrayBuilder().add(single)))
                .add(Json.createObjectBuilder().add("question", 3).add("rating", rating));
        if (text != null) {
            a.add(Json.createObjectBuilder().add("question", 5).add("text", text));
        }
        return Json.createObjectBuilder().add("answers", a).build().toString();
    }

    private static long ballots(String pollId) {
        return Database.count("select count(*) from poll_ballot where poll_id = ?", pollId);
    }

    private static long participations(String pollId) {
        return Database.count("select count(*) from poll_participation where poll_id = ?", pollId);
    }

    private static JsonObject option(JsonObject results, int question, int option) {
        return results.getJsonArray("questions").getJsonObject(question - 1).getJsonArray("options")
                .getJsonObject(option - 1);
    }

    @Test
    void aDeviceAnswersOnceAndSeesLiveResults() {
        String id = openPoll("DEVICE", "LIVE", 100);
        Api resident = Api.anonymous();
        JsonObject poll = resident.get("/api/polls/" + id).json();
        assertThat(poll.getJsonArray("questions")).hasSize(5);
        assertThat(poll.getBoolean("answered")).isFalse();

        String full = Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("question", 1).add("choices", Json.createArrayBuilder().add(3)))
                .add(Json.createObjectBuilder().add("question", 2).add("choices", Json.createArrayBuilder().add(1).add(3)))
                .add(Json.createObjectBuilder().add("question", 3).add("rating", 4))
                .add(Json.createObjectBuilder().add("question", 4).add("ranking", Json.createArrayBuilder().add(2).add(1).add(3)))
                .add(Json.createObjectBuilder().add("question", 5).add("text", "希望周六也能办理，联系电话13812345678")))
                .build().toString();
        Api.Reply first = resident.post("/api/polls/" + id + "/responses", full);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().getBoolean("resultsVisible")).isTrue();

        Api.Reply again = resident.post("/api/polls/" + id + "/responses", full);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(resident.get("/api/polls/" + id).json().getBoolean("answered")).isTrue();
        assertThat(ballots(id)).isEqualTo(1);

        JsonObject results = Api.anonymous().get("/api/polls/" + id + "/results").json();
        assertThat(results.getInt("responses")).isEqualTo(1);
        assertThat(option(results, 1, 3).getInt("count")).isEqualTo(1);
        assertThat(option(results, 2, 1).getInt("count")).isEqualTo(1);
        assertThat(option(results, 2, 3).getInt("count")).isEqualTo(1);
        assertThat(option(results, 3, 4).getInt("count")).isEqualTo(1);
        assertThat(results.getJsonArray("questions").getJsonObject(2).getJsonNumber("averageRating").doubleValue())
                .isEqualTo(4.0);
        // Ranking 预约 > 延时 > 网办: points 3, 2, 1 of three options.
        assertThat(option(results, 4, 2).getInt("points")).isEqualTo(3);
        assertThat(option(results, 4, 1).getJsonNumber("averagePlace").doubleValue()).isEqualTo(2.0);
        JsonArray texts = results.getJsonArray("questions").getJsonObject(4).getJsonArray("texts");
        assertThat(texts).hasSize(1);
        assertThat(texts.getString(0)).contains("希望周六也能办理").doesNotContain("13812345678");

        // The public page shows the same figures in a table, and the chart's data.
        Api.Reply page = Api.anonymous().page("/polls/" + id + "/results");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("共收到 1 份答卷", "data-chart", "<table", "/static/echarts.min.js");
        assertThat(Api.anonymous().get("/static/echarts.min.js").status()).isEqualTo(200);
    }

    @Test
    void anAccountPollTakesSignedInResidentsOnceEach() {
        String id = openPoll("ACCOUNT", "AFTER_ANSWERING", 100);
        Api.Reply anonymous = Api.anonymous().post("/api/polls/" + id + "/responses", answer(1, 5, null));
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(403);

        String login = "poll-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        assertThat(Api.anonymous().post("/api/residents", Json.createObjectBuilder().add("login", login)
                .add("displayName", "调查居民").add("password", Api.PASSWORD).build().toString()).status()).isEqualTo(201);
        Client resident = Client.resident(login, Api.PASSWORD);
        String path = "/api/polls/" + id;
        assertThat(resident.get(path + "/results", "application/json").statusCode())
                .as("results only after answering").isEqualTo(403);
        byte[] body = answer(2, 3, null).getBytes(StandardCharsets.UTF_8);
        assertThat(resident.send("POST", path + "/responses", "application/json", body, "application/json")
                .statusCode()).isEqualTo(201);
        assertThat(resident.send("POST", path + "/responses", "application/json", body, "application/json")
                .statusCode()).isEqualTo(409);
        assertThat(resident.get(path + "/results", "application/json").statusCode()).isEqualTo(200);
        assertThat(Api.anonymous().get(path + "/results").status()).as("not for those who did not answer")
                .isEqualTo(403);
        assertThat(Api.signedIn("editor").get("/api/staff/polls/" + id + "/results").status()).isEqualTo(200);
        assertThat(ballots(id)).isEqualTo(1);
    }

    @Test
    void aClosedPollTakesNothing() {
        Instant now = Instant.now();
        Api editor = Api.signedIn("editor");
        String closed = createPoll(editor, "DEVICE", "LIVE", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)),
                100);
        Api.Reply late = Api.anonymous().post("/api/polls/" + closed + "/responses", answer(1, 5, null));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().getString("title")).contains("已结束");

        String open = openPoll("DEVICE", "LIVE", 100);
        assertThat(Api.anonymous().post("/api/polls/" + open + "/responses", answer(1, 5, null)).status()).isEqualTo(201);
        assertThat(editor.post("/api/staff/polls/" + open + "/close", "").status()).isEqualTo(200);
        assertThat(Api.anonymous().post("/api/polls/" + open + "/responses", answer(1, 5, null)).status()).isEqualTo(409);
        assertThat(ballots(closed)).isZero();
        assertThat(participations(closed)).isZero();
        assertThat(ballots(open)).isEqualTo(1);

        // Another department's editor does not see or close it.
        assertThat(Api.signedIn("zjj-editor").post("/api/staff/polls/" + open + "/close", "").status()).isEqualTo(404);
    }

    @Test
    void resultsShownAfterClosingAreHiddenFromEveryoneUntilThen() {
        String id = openPoll("DEVICE", "AFTER_CLOSING", 100);
        Api resident = Api.anonymous();
        Api.Reply answered = resident.post("/api/polls/" + id + "/responses", answer(2, 2, null));
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().getBoolean("resultsVisible")).isFalse();
        Api editor = Api.signedIn("editor");
        Api admin = Api.signedIn("admin");
        assertThat(resident.get("/api/polls/" + id + "/results").status()).isEqualTo(403);
        assertThat(editor.get("/api/staff/polls/" + id + "/results").status()).isEqualTo(403);
        assertThat(admin.get("/api/staff/polls/" + id + "/results").status()).isEqualTo(403);
        assertThat(editor.get("/api/staff/polls/" + id + "/export.csv").status()).isEqualTo(403);
        assertThat(resident.page("/polls/" + id + "/results").body()).contains("poll-hidden").doesNotContain("data-chart");
        assertThat(editor.page("/staff/polls/" + id).body()).contains("staff-poll-hidden");

        assertThat(editor.post("/api/staff/polls/" + id + "/close", "").status()).isEqualTo(200);
        JsonObject results = resident.get("/api/polls/" + id + "/results").json();
        assertThat(results.getInt("responses")).isEqualTo(1);
        assertThat(option(results, 1, 2).getInt("count")).isEqualTo(1);
    }

    @Test
    void nothingJoinsPeopleToTheirChoices() {
        String id = openPoll("DEVICE", "LIVE", 100);
        Api resident = Api.anonymous();
        assertThat(resident.post("/api/polls/" + id + "/responses", answer(1, 1, "建议增加自助终端")).status())
                .isEqualTo(201);

        // The tables of what was answered have no column for a person, a participation or a time.
        for (String table : List.of("poll_ballot", "poll_ballot_choice", "poll_text_answer")) {
            assertThat(Database.count("select count(*) from information_schema.columns where table_name = ?"
                    + " and (data_type like 'timestamp%' or data_type = 'date' or column_name like '%participa%'"
                    + " or column_name like '%account%' or column_name like '%device%' or column_name like '%address%')",
                    table)).as(table).isZero();
        }
        assertThat(Database.count("select count(*) from information_schema.columns where table_name ="
                + " 'poll_participation' and (column_name like '%ballot%' or data_type like 'timestamp%')")).isZero();
        // No audit record names a respondent's answer.
        assertThat(Database.count("select count(*) from audit_record where subject_id = ? and action like 'poll.%'"
                + " and action not in ('poll.create', 'poll.close', 'poll.export')", id)).isZero();
        // The export has choices, and no names, accounts, addresses or times.
        Api.Reply csv = Api.signedIn("editor").get("/api/staff/polls/" + id + "/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("上午").doesNotContain("127.0.0.1", "anonymous", "2026-", "建议增加自助终端");
        Api.Reply xlsx = Api.signedIn("editor").get("/api/staff/polls/" + id + "/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        // The API's results and the staff's text search carry no identity either.
        JsonArray texts = Api.signedIn("editor").get("/api/staff/polls/" + id + "/texts?q=" + "%E8%87%AA%E5%8A%A9")
                .array();
        assertThat(texts).hasSize(1);
        assertThat(texts.getJsonObject(0).keySet()).containsExactlyInAnyOrder("id", "question", "text", "status",
                "statusZh", "statusEn", "version");
    }

    @Test
    void badResponsesAreRefusedWholeWithFieldErrorsInBothLanguages() {
        String id = openPoll("DEVICE", "LIVE", 100);
        Api resident = Api.anonymous();
        String bad = Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("question", 1).add("choices", Json.createArrayBuilder().add(7)))
                .add(Json.createObjectBuilder().add("question", 2).add("choices", Json.createArrayBuilder().add(1).add(2).add(3)))
                .add(Json.createObjectBuilder().add("question", 5).add("text", "长".repeat(501)))
                .add(Json.createObjectBuilder().add("question", 9).add("rating", 3)))
                .build().toString();
        Api.Reply refused = resident.post("/api/polls/" + id + "/responses", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonArray errors = refused.json().getJsonArray("errors");
        assertThat(errors.stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("q9", "q1", "q2", "q3", "q5");
        errors.forEach(e -> {
            assertThat(e.asJsonObject().getString("messageZh")).isNotBlank();
            assertThat(e.asJsonObject().getString("messageEn")).isNotBlank();
        });
        assertThat(ballots(id)).isZero();
        assertThat(participations(id)).isZero();
        assertThat(Database.count("select count(*) from poll_text_answer where poll_id = ?", id)).isZero();
        // Refused, the resident may still answer properly.
        assertThat(resident.post("/api/polls/" + id + "/responses", answer(1, 5, null)).status()).isEqualTo(201);
    }

    @Test
    void anAddressOverItsLimitMustSolveAChallenge() {
        String id = openPoll("DEVICE", "LIVE", 2);
        assertThat(Api.anonymous().post("/api/polls/" + id + "/responses", answer(1, 5, null)).status()).isEqualTo(201);
        assertThat(Api.anonymous().post("/api/polls/" + id + "/responses", answer(1, 5, null)).status()).isEqualTo(201);
        Api third = Api.anonymous();
        Api.Reply refused = third.post("/api/polls/" + id + "/responses", answer(1, 5, null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("challenge");
        JsonObject challenge = third.get("/api/polls/" + id).json().getJsonObject("challenge");
        Matcher sum = Pattern.compile("What is (\\d+) plus (\\d+)\\?").matcher(challenge.getString("questionEn"));
        assertThat(sum.matches()).isTrue();
        String wrong = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(answer(1, 5, null)))
                .readObject()).add("challengeId", challenge.getString("id")).add("challengeAnswer", "0").build().toString();
        assertThat(third.post("/api/polls/" + id + "/responses", wrong).status()).isEqualTo(422);
        String right = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(answer(1, 5, null)))
                .readObject()).add("challengeId", challenge.getString("id"))
                .add("challengeAnswer", String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))))
                .build().toString();
        Api.Reply solved = third.post("/api/polls/" + id + "/responses", right);
        assertThat(solved.status()).as(solved.body()).isEqualTo(201);
        assertThat(ballots(id)).isEqualTo(3);
    }

    @Test
    void heldTextsWaitForAModerator() {
        String id = openPoll("DEVICE", "LIVE", 100);
        assertThat(Api.anonymous().post("/api/polls/" + id + "/responses", answer(1, 1, "你们这些狗官什么时候解决？"))
                .status()).isEqualTo(201);
        Api editor = Api.signedIn("editor");
        JsonArray held = editor.get("/api/staff/polls/" + id + "/texts?status=HELD").array();
        assertThat(held).hasSize(1);
        JsonObject results = Api.anonymous().get("/api/polls/" + id + "/results").json();
        assertThat(results.getJsonArray("questions").getJsonObject(4).getJsonArray("texts")).isEmpty();
        String textId = held.getJsonObject(0).getString("id");
        assertThat(editor.post("/api/staff/polls/" + id + "/texts/" + textId + "/reject", "").status()).isEqualTo(200);
        assertThat(editor.post("/api/staff/polls/" + id + "/texts/" + textId + "/publish", "").status()).isEqualTo(409);
    }

    @Test
    void manyParallelAnswersGiveExactTotals() throws Exception {
        String id = openPoll("DEVICE", "LIVE", 100_000);
        int respondents = 240;
        ExecutorService pool = Executors.newFixedThreadPool(24);
        ExecutorService twins = Executors.newFixedThreadPool(24);
        try {
            List<Future<List<Integer>>> sent = new ArrayList<>();
            for (int i = 0; i < respondents; i++) {
                int choice = 1 + i % 3;
                int rating = 1 + i % 5;
                sent.add(pool.submit(() -> {
                    Api resident = Api.anonymous();
                    resident.get("/api/polls/" + id);
                    // Each resident sends the same response twice at once: one is counted.
                    Future<Api.Reply> a = twins.submit(() -> resident.post("/api/polls/" + id + "/responses",
                            answer(choice, rating, null)));
                    Api.Reply b = resident.post("/api/polls/" + id + "/responses", answer(choice, rating, null));
                    return List.of(a.get().status(), b.status());
                }));
            }
            int created = 0;
            int conflicts = 0;
            for (Future<List<Integer>> f : sent) {
                for (int status : f.get()) {
                    if (status == 201) {
                        created++;
                    } else if (status == 409) {
                        conflicts++;
                    }
                }
            }
            assertThat(created).isEqualTo(respondents);
            assertThat(conflicts).isEqualTo(respondents);
        } finally {
            pool.shutdown();
            twins.shutdown();
        }
        JsonObject results = Api.anonymous().get("/api/polls/" + id + "/results").json();
        assertThat(results.getInt("responses")).isEqualTo(respondents);
        for (int option = 1; option <= 3; option++) {
            assertThat(option(results, 1, option).getInt("count")).isEqualTo(respondents / 3);
        }
        for (int rating = 1; rating <= 5; rating++) {
            assertThat(option(results, 3, rating).getInt("count")).isEqualTo(respondents / 5);
        }
        assertThat(ballots(id)).isEqualTo(respondents);
        assertThat(participations(id)).isEqualTo(respondents);
    }
}

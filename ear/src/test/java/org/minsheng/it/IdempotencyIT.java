package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Idempotency-Key} on the residents' POSTs, against the real EAR and PostgreSQL: a thousand
 * concurrent sends of one submission make one case and get one answer; a reused key with another
 * body is refused; answers to ratings, supplements, follow-ups, questions and uploads are replayed
 * instead of the work being done twice; malformed keys are refused and requests without a key
 * work as before.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** An answer with the headers this feature is about. */
    record Answer(int status, String contentType, String location, boolean replayed, String retryAfter, String body) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Answer send(String path, String contentType, byte[] body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header(KEY, key);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue(REPLAYED).map("true"::equals).orElse(false),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer postJson(String path, String json, String key) {
        return send(path, "application/json", json.getBytes(StandardCharsets.UTF_8), key);
    }

    private static String letter(String title) {
        return Json.createObjectBuilder().add("channel", "MESSAGE_BOARD").add("title", title)
                .add("body", title + "，请有关部门尽快处理。").add("name", "周居民").add("mobile", "13700001111")
                .add("publicRequested", false).build().toString();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static long casesTitled(String title) {
        return Database.count("select count(*) from case_file where title = ?", title);
    }

    /** Exactly the first answer again: status, type, Location and body, flagged as a replay. */
    private static void assertReplayOf(Answer replay, Answer first) {
        assertThat(first.replayed()).as("the first answer is not a replay").isFalse();
        assertThat(replay.replayed()).as("a retry is answered from the store").isTrue();
        assertThat(replay.status()).isEqualTo(first.status());
        assertThat(replay.contentType()).isEqualTo(first.contentType());
        assertThat(replay.location()).isEqualTo(first.location());
        assertThat(replay.body()).isEqualTo(first.body());
    }

    // ---- tests -----------------------------------------------------------------------------

    /**
     * 1,000 sends of one submission with one key from 50 threads at once: the database lets one
     * of them register the case, every other waits for its answer and gets it (or, if the first
     * were still running after the wait, 409 with Retry-After, the documented alternative).
     */
    @Test
    void aThousandConcurrentSendsOfOneKeyMakeOneCaseAndAllGetItsAnswer() throws InterruptedException {
        String title = "并发重放测试 " + UUID.randomUUID();
        String body = letter(title);
        String key = newKey();
        List<Answer> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                sent.add(pool.submit(() -> postJson("/api/submissions", body, key)));
            }
            for (Future<Answer> answer : sent) {
                answers.add(answer.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        assertThat(casesTitled(title)).as("cases registered by 1,000 sends of one key").isEqualTo(1);
        assertThat(Database.count("select count(*) from idempotency_record where idem_key = ?", key)).isEqualTo(1);

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        assertThat(byStatus.keySet()).as("statuses %s", byStatus).isSubsetOf(Set.of(201, 409));
        List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(created).as("statuses %s", byStatus).isNotEmpty();
        assertThat(created.stream().filter(a -> !a.replayed()).count()).as("answers that did the work").isEqualTo(1);
        Answer first = created.stream().filter(a -> !a.replayed()).findFirst().orElseThrow();
        assertThat(first.location()).endsWith("/api/cases/" + first.json().getString("trackingNumber"));
        assertThat(created).allSatisfy(a -> {
            assertThat(a.body()).isEqualTo(first.body());
            assertThat(a.location()).isEqualTo(first.location());
            assertThat(a.contentType()).isEqualTo(first.contentType());
        });
        assertThat(answers.stream().filter(a -> a.status() == 409)).allSatisfy(a -> {
            assertThat(a.contentType()).startsWith(PROBLEM_JSON);
            assertThat(a.retryAfter()).isEqualTo("1");
        });
        assertThat(Database.count("select count(*) from audit_record a join case_file c on a.subject_id = c.id"
                + " where c.title = ? and a.action = 'case.register'", title)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndKeysBelongToTheirEndpoint() {
        String key = newKey();
        String title = "同键不同内容 " + UUID.randomUUID().toString().substring(0, 8);
        Answer first = postJson("/api/submissions", letter(title), key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        String otherTitle = title + " 改";
        Answer reused = postJson("/api/submissions", letter(otherTitle), key);
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith(PROBLEM_JSON);
        JsonObject error = reused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo(KEY);
        assertThat(error.getString("messageZh")).contains("Idempotency-Key").contains("不同");
        assertThat(error.getString("messageEn")).contains("different request");
        assertThat(casesTitled(otherTitle)).isZero();

        // The same body again with the key is still the first answer.
        assertReplayOf(postJson("/api/submissions", letter(title), key), first);
        assertThat(casesTitled(title)).isEqualTo(1);

        // The key on another endpoint is another key: the rating runs (and is refused by the case's status).
        JsonObject receipt = first.json();
        Answer rating = postJson("/api/cases/" + receipt.getString("trackingNumber") + "/rating",
                rating(receipt.getString("queryCode"), 5), key);
        assertThat(rating.status()).as(rating.body()).isEqualTo(409);
        assertThat(rating.replayed()).isFalse();
    }

    @Test
    void aValidationErrorIsKeptAndReplayedButAServerSideRefusalIsNot() {
        String key = newKey();
        String tooLong = "标题过长".repeat(20);
        Answer invalid = postJson("/api/submissions", letter(tooLong), key);
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.json().getJsonArray("errors").toString()).contains("title");
        assertReplayOf(postJson("/api/submissions", letter(tooLong), key), invalid);

        // 409 depends on the moment (here: the case is not answered yet), so it is not kept.
        JsonObject receipt = postJson("/api/submissions", letter("未答复前评价 " + UUID.randomUUID()
                .toString().substring(0, 8)), null).json();
        String ratingKey = newKey();
        String path = "/api/cases/" + receipt.getString("trackingNumber") + "/rating";
        String body = rating(receipt.getString("queryCode"), 4);
        Answer early = postJson(path, body, ratingKey);
        assertThat(early.status()).isEqualTo(409);
        Answer again = postJson(path, body, ratingKey);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.replayed()).as("the retry ran again").isFalse();
    }

    @Test
    void malformedKeysAreRefusedAndRequestsWithoutAKeyWorkAsBefore() {
        String title = "键格式错误 " + UUID.randomUUID().toString().substring(0, 8);
        for (String bad : List.of("k".repeat(256), "two words", "\"unterminated")) {
            Answer refused = postJson("/api/submissions", letter(title), bad);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo(KEY);
            assertThat(error.getString("messageEn")).contains("255 printable ASCII");
        }
        assertThat(casesTitled(title)).isZero();

        assertThat(postJson("/api/submissions", letter(title), "\"" + newKey() + "\"").status())
                .as("the draft's quoted form").isEqualTo(201);
        Answer plain = postJson("/api/submissions", letter(title), null);
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.replayed()).isFalse();
        assertThat(postJson("/api/submissions", letter(title), null).status()).isEqualTo(201);
        assertThat(casesTitled(title)).as("without a key every send is a new case, as before").isEqualTo(3);
    }

    @Test
    void retriesOfARatingAFollowUpAndASupplementGetTheFirstAnswer() {
        Case answered = answeredCase("评价重放 " + UUID.randomUUID().toString().substring(0, 8));
        String ratingPath = "/api/cases/" + answered.number() + "/rating";
        String key = newKey();
        Answer rated = postJson(ratingPath, rating(answered.code(), 1), key);
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().getString("status")).as("a low score reopens the case").isEqualTo("HANDLING");
        assertReplayOf(postJson(ratingPath, rating(answered.code(), 1), key), rated);
        assertThat(audited(answered.id(), "case.rate")).as("rated once").isEqualTo(1);
        assertThat(Routing.lookup(answered.number(), answered.code()).getInt("redoCount"))
                .as("reopened once").isEqualTo(1);

        Case followed = answeredCase("追问重放 " + UUID.randomUUID().toString().substring(0, 8));
        String followUpPath = "/api/cases/" + followed.number() + "/follow-up";
        String question = text(followed.code(), "请问具体哪一天完成？");
        String followUpKey = newKey();
        Answer asked = postJson(followUpPath, question, followUpKey);
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertReplayOf(postJson(followUpPath, question, followUpKey), asked);
        assertThat(audited(followed.id(), "case.follow-up")).isEqualTo(1);

        Case waiting = awaitingSupplement("补充材料重放 " + UUID.randomUUID().toString().substring(0, 8));
        String supplementPath = "/api/cases/" + waiting.number() + "/supplement";
        String supplement = text(waiting.code(), "小区名称：金霞小区，3栋2单元。");
        String supplementKey = newKey();
        Answer supplied = postJson(supplementPath, supplement, supplementKey);
        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        assertThat(supplied.json().getString("status")).isEqualTo("HANDLING");
        assertReplayOf(postJson(supplementPath, supplement, supplementKey), supplied);
        assertThat(audited(waiting.id(), "case.supplement")).isEqualTo(1);
    }

    /** Without the key, the same viewer asking twice at once is 429; with it, the retry is the first answer. */
    @Test
    void aRetriedQuestionGetsTheFirstAnswerAndIsStoredOnce() {
        String interview = InterviewIT.liveInterview("幂等提问测试访谈");
        String viewer = "it-" + UUID.randomUUID();
        String path = "/api/interviews/" + interview + "/questions";
        String body = Json.createObjectBuilder().add("viewerId", viewer).add("nickname", "重试网友")
                .add("text", "地铁三号线什么时候开通？").build().toString();
        String key = newKey();
        Answer asked = postJson(path, body, key);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertReplayOf(postJson(path, body, key), asked);
        assertThat(Database.count("select count(*) from interview_question where viewer_id = ?", viewer)).isEqualTo(1);
    }

    /** A retried upload may come with a new multipart boundary: it is still the same request. */
    @Test
    void aRetriedUploadWithANewBoundaryGetsTheFirstAnswer() {
        JsonObject receipt = postJson("/api/submissions", letter("附件重放 " + UUID.randomUUID().toString()
                .substring(0, 8)), null).json();
        String path = "/api/cases/" + receipt.getString("trackingNumber") + "/attachments";
        byte[] form = TestFiles.multipart(List.of(TestFiles.Part.text("queryCode", receipt.getString("queryCode")),
                TestFiles.Part.file("路灯.png", "image/png", TestFiles.png(Color.ORANGE))));
        String key = newKey();
        Answer uploaded = send(path, "multipart/form-data; boundary=" + TestFiles.BOUNDARY, form, key);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        String otherBoundary = "retry-" + UUID.randomUUID();
        byte[] sameForm = new String(form, StandardCharsets.ISO_8859_1).replace(TestFiles.BOUNDARY, otherBoundary)
                .getBytes(StandardCharsets.ISO_8859_1);
        assertReplayOf(send(path, "multipart/form-data; boundary=" + otherBoundary, sameForm, key), uploaded);

        byte[] otherFile = TestFiles.multipart(List.of(TestFiles.Part.text("queryCode", receipt.getString("queryCode")),
                TestFiles.Part.file("路灯.png", "image/png", TestFiles.png(Color.BLUE))));
        assertThat(send(path, "multipart/form-data; boundary=" + TestFiles.BOUNDARY, otherFile, key).status())
                .as("another file under the same key").isEqualTo(422);
        assertThat(Database.count("select count(*) from attachment a join case_file c on a.case_id = c.id"
                + " where c.tracking_number = ?", receipt.getString("trackingNumber"))).isEqualTo(1);
    }

    // ---- set-up ----------------------------------------------------------------------------

    record Case(String number, String code, String id) {
    }

    private static String rating(String code, int score) {
        return Json.createObjectBuilder().add("queryCode", code).add("score", score).add("comment", "重放测试")
                .build().toString();
    }

    private static String text(String code, String text) {
        return Json.createObjectBuilder().add("queryCode", code).add("text", text).build().toString();
    }

    private static long audited(String caseId, String action) {
        return Database.count("select count(*) from audit_record where subject_id = ? and action = ?", caseId, action);
    }

    /** A case at its handler, with the handler signed in. */
    private static Case atHandler(String title, Api[] handler) {
        JsonObject receipt = postJson("/api/submissions", letter(title), null).json();
        String number = receipt.getString("trackingNumber");
        String code = receipt.getString("queryCode");
        handler[0] = Routing.handlerFor(number, code, "zjj");
        return new Case(number, code, Database.text("select id from case_file where tracking_number = ?", number));
    }

    private static long version(Api api, String id) {
        Api.Reply reply = api.get("/api/staff/cases/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("version").longValue();
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static Case answeredCase(String title) {
        Api[] handler = new Api[1];
        Case c = atHandler(title, handler);
        ok(handler[0].post("/api/staff/cases/" + c.id() + "/answer", Json.createObjectBuilder()
                .add("reply", "已安排处理，本周内完成。").add("publish", false)
                .add("version", version(handler[0], c.id())).build().toString()));
        Routing.approve(c.id());
        return c;
    }

    private static Case awaitingSupplement(String title) {
        Api[] handler = new Api[1];
        Case c = atHandler(title, handler);
        ok(handler[0].post("/api/staff/cases/" + c.id() + "/sign", Json.createObjectBuilder()
                .add("version", version(handler[0], c.id())).build().toString()));
        ok(handler[0].post("/api/staff/cases/" + c.id() + "/supplement-request", Json.createObjectBuilder()
                .add("text", "请补充小区名称和楼栋号").add("version", version(handler[0], c.id())).build().toString()));
        return c;
    }
}

package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live interviews through the real EAR, PostgreSQL and Kafka, watched by several
 * {@code java.net.http} WebSocket clients: moderation to broadcast to answer in order, the same
 * order on an independent Kafka consumer (as a second node sees it), resume after a reconnect,
 * staff-channel authentication, bad frames, a slow client dropped without delaying the others,
 * and unanswered questions becoming cases shown on the transcript.
 */
@ExtendWith(ArquillianExtension.class)
class InterviewIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    /** A fresh interview of the transport bureau, live, with guest account guest-jt. */
    static String liveInterview(String title) {
        Api.Reply created = Api.signedIn("admin").post("/api/staff/interviews", Json.createObjectBuilder()
                .add("title", title).add("introduction", "公交线网优化方案介绍与答问")
                .add("departmentCode", "jtysj").add("scheduledAt", Instant.now().toString())
                .add("guests", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "钱志远").add("title", "市交通运输局局长").add("titleEn", "Director")
                        .add("username", "guest-jt")))
                .build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");
        Api.Reply started = Api.signedIn("host").post("/api/staff/interviews/" + id + "/start", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return id;
    }

    private static JsonObject post(Api staff, String id, String text) {
        Api.Reply reply = staff.post("/api/staff/interviews/" + id + "/posts",
                Json.createObjectBuilder().add("text", text).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static Api.Reply ask(String id, String viewerId, String text) {
        return Api.anonymous().post("/api/interviews/" + id + "/questions", Json.createObjectBuilder()
                .add("viewerId", viewerId).add("nickname", "白马湖网友").add("text", text).build().toString());
    }

    private static String viewerId() {
        return "it-" + UUID.randomUUID();
    }

    private static void awaitPosts(LiveSocket socket, int count) {
        assertThat(Await.until(WAIT, () -> socket.posts().size() >= count))
                .as("received %s of %d posts", socket.sequences(), count).isTrue();
    }

    @Test
    void questionIsModeratedApprovedBroadcastAndAnsweredInTheSameOrderEverywhere() {
        String id = liveInterview("公交线网优化在线访谈");
        List<LiveSocket> viewers = List.of(LiveSocket.viewer(id, 0), LiveSocket.viewer(id, 0), LiveSocket.viewer(id, 0));
        LiveSocket moderatorChannel = LiveSocket.staff(id, "moderator");
        viewers.forEach(v -> awaitPosts(v, 1));

        // A resident asks; the moderators' channel hears of it, viewers see nothing yet.
        String resident = viewerId();
        Api.Reply asked = ask(id, resident, "12路周末能不能家密班次？");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String q1 = asked.json().getString("questionId");
        assertThat(asked.json().getString("status")).isEqualTo("PENDING");
        assertThat(Await.until(WAIT, () -> moderatorChannel.ofType("queue").stream()
                .anyMatch(f -> q1.equals(f.json().getString("questionId", null))))).isTrue();

        // Per-viewer rate limit: the same viewer again at once is refused.
        Api.Reply tooSoon = ask(id, resident, "再问一个问题");
        assertThat(tooSoon.status()).as(tooSoon.body()).isEqualTo(429);
        assertThat(tooSoon.contentType()).startsWith("application/problem+json");

        // A similar question is merged, an abusive one is held and rejected with a reason.
        String q2 = ask(id, viewerId(), "12路周末班次太少了，能加密吗").json().getString("questionId");
        Api.Reply abusive = ask(id, viewerId(), "你们这些狗官什么时候解决？");
        assertThat(abusive.json().getBoolean("held")).as("sensitive words hold it for review").isTrue();
        String q3 = abusive.json().getString("questionId");

        Api moderator = Api.signedIn("moderator");
        assertThat(moderator.post("/api/staff/interviews/questions/" + q2 + "/merge",
                Json.createObjectBuilder().add("into", q1).build().toString()).json().getString("status"))
                .isEqualTo("MERGED");
        Api.Reply rejected = moderator.post("/api/staff/interviews/questions/" + q3 + "/reject",
                Json.createObjectBuilder().add("reason", "含不文明用语").build().toString());
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.json().getString("rejectReason")).isEqualTo("含不文明用语");

        // A typo is corrected; the edit is kept and audited. A stale version is refused.
        JsonObject pending = moderator.get("/api/staff/interviews/" + id + "/questions?status=PENDING").array()
                .getValuesAs(JsonObject.class).stream().filter(q -> q.getString("id").equals(q1)).findFirst().orElseThrow();
        long version = pending.getJsonNumber("version").longValue();
        Api.Reply edited = moderator.post("/api/staff/interviews/questions/" + q1 + "/edit", Json.createObjectBuilder()
                .add("text", "12路周末能不能加密班次？").add("version", version).build().toString());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getJsonArray("edits")).hasSize(1);
        assertThat(edited.json().getString("originalBody")).isEqualTo("12路周末能不能家密班次？");
        assertThat(moderator.post("/api/staff/interviews/questions/" + q1 + "/edit", Json.createObjectBuilder()
                .add("text", "又改").add("version", version).build().toString()).status()).isEqualTo(409);
        assertThat(Database.count("select count(*) from audit_record where action = 'interview.question.edit'"
                + " and subject_id = ?", q1)).isEqualTo(1);

        // Approved → shown; the host speaks; the guest answers, linked to the question.
        assertThat(moderator.post("/api/staff/interviews/questions/" + q1 + "/approve", "{}").status()).isEqualTo(200);
        post(Api.signedIn("host"), id, "欢迎各位网友，现在请钱局长回答网友提问。");
        Api guest = Api.signedIn("guest-jt");
        Api.Reply answered = guest.post("/api/staff/interviews/questions/" + q1 + "/answer",
                Json.createObjectBuilder().add("text", "12路周末发车间隔已缩短为8分钟。").build().toString());
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(guest.post("/api/staff/interviews/questions/" + q1 + "/answer",
                Json.createObjectBuilder().add("text", "再答一次").build().toString()).status())
                .as("a question is answered once").isEqualTo(409);
        assertThat(Api.signedIn("moderator").post("/api/staff/interviews/" + id + "/posts",
                Json.createObjectBuilder().add("text", "审核员不能发言").build().toString()).status()).isEqualTo(403);

        for (LiveSocket v : viewers) {
            awaitPosts(v, 4);
            assertThat(v.sequences()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(v.posts().stream().map(f -> f.json().getString("kind")).toList())
                    .containsExactly("NOTICE", "QUESTION", "HOST", "ANSWER");
            JsonObject question = v.posts().get(1).json();
            assertThat(question.getString("body")).isEqualTo("12路周末能不能加密班次？");
            assertThat(question.getString("questionId")).isEqualTo(q1);
            JsonObject answer = v.posts().get(3).json();
            assertThat(answer.getJsonNumber("answerTo").longValue()).isEqualTo(2);
            assertThat(answer.getString("author")).isEqualTo("钱志远");
            assertThat(v.posts().stream().map(f -> f.json().toString()).toList())
                    .as("every viewer gets the same frames").isEqualTo(viewers.get(0).posts().stream()
                            .map(f -> f.json().toString()).toList());
        }
        awaitPosts(moderatorChannel, 4);
        assertThat(moderatorChannel.sequences()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Database.count("select count(*) from interview_post where interview_id = ?", id)).isEqualTo(4);

        // Another node reads the same topic: an independent consumer sees the same posts in the same order.
        assertThat(sequencesOnKafka(id, 4)).containsExactly(1L, 2L, 3L, 4L);
        viewers.forEach(LiveSocket::close);
        moderatorChannel.close();
    }

    /** The post numbers of one interview as an independent consumer of the interview topic reads them. */
    private static List<Long> sequencesOnKafka(String interviewId, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + System.getProperty("it.kafka.port", "19092"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Long> sequences = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("minsheng.interview-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(WAIT);
            while (sequences.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!interviewId.equals(record.key())) {
                        continue;
                    }
                    JsonObject envelope = Json.createReader(new java.io.StringReader(record.value())).readObject();
                    if (envelope.getString("type").equals("PostPublished")) {
                        long seq = envelope.getJsonObject("data").getJsonNumber("sequence").longValue();
                        if (!sequences.contains(seq)) { // the relay delivers at least once
                            sequences.add(seq);
                        }
                    }
                }
            }
        }
        return sequences;
    }

    @Test
    void aReconnectingViewerResumesWithoutGapsOrDuplicatesAndALateJoinerGetsTheHistoryFirst() {
        String id = liveInterview("重连续传测试访谈");
        Api host = Api.signedIn("host");
        LiveSocket first = LiveSocket.viewer(id, 0);
        for (int i = 1; i <= 5; i++) {
            post(host, id, "第一段发言 " + i);
        }
        awaitPosts(first, 6);
        long resumeFrom = first.lastSequence();
        first.close();

        for (int i = 1; i <= 5; i++) {
            post(host, id, "断线期间的发言 " + i);
        }
        LiveSocket resumed = LiveSocket.viewer(id, resumeFrom);
        LiveSocket late = LiveSocket.viewer(id, 0);
        for (int i = 1; i <= 5; i++) {
            post(host, id, "重连之后的发言 " + i);
        }
        awaitPosts(resumed, 10);
        awaitPosts(late, 16);

        List<Long> combined = new ArrayList<>(first.sequences());
        combined.addAll(resumed.sequences());
        assertThat(combined).as("no gap, no duplicate").containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
        assertThat(late.sequences()).containsExactlyElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());

        // Stored history agrees: GET since N.
        Api.Reply history = Api.anonymous().get("/api/interviews/" + id + "/posts?after=" + resumeFrom);
        assertThat(history.array()).hasSize(10);
        resumed.close();
        late.close();
    }

    @Test
    void theStaffChannelAdmitsOnlySignedInHostsGuestsAndModerators() {
        String id = liveInterview("员工频道认证测试");
        assertThat(LiveSocket.staff(id, null).closeCode(WAIT)).as("no sign-in").isEqualTo(1008);
        assertThat(LiveSocket.staff(id, "handler").closeCode(WAIT)).as("wrong role").isEqualTo(1008);

        LiveSocket host = LiveSocket.staff(id, "host");
        LiveSocket guest = LiveSocket.staffWithSession(id, "guest-jt");
        awaitPosts(host, 1);
        awaitPosts(guest, 1);
        assertThat(host.closeCode(Duration.ofMillis(200))).as("still open").isEqualTo(-1);

        // A viewer channel is public.
        LiveSocket viewer = LiveSocket.viewer(id, 0);
        awaitPosts(viewer, 1);
        // An unknown interview is refused.
        assertThat(LiveSocket.viewer("no-such-interview", 0).closeCode(WAIT)).isEqualTo(1003);
        host.close();
        guest.close();
        viewer.close();
    }

    @Test
    void badFramesGetAnErrorFrameAndTheConnectionKeepsWorking() {
        String id = liveInterview("错误消息测试");
        LiveSocket viewer = LiveSocket.viewer(id, 0);
        LiveSocket staff = LiveSocket.staff(id, "moderator");
        awaitPosts(viewer, 1);

        viewer.send("this is not json");
        viewer.send("[1, 2, 3]");
        viewer.send("{\"type\":\"approve\",\"questionId\":\"x\"}");
        viewer.sendBinary(new byte[] {1, 2, 3});
        viewer.send("{\"type\":\"ping\"}");
        staff.send("{oops");
        assertThat(Await.until(WAIT, () -> viewer.ofType("error").size() >= 4 && !viewer.ofType("pong").isEmpty()))
                .as("frames: %s", viewer.frames()).isTrue();
        assertThat(viewer.ofType("error").stream().map(f -> f.json().getString("code")).toList())
                .containsExactly("malformed", "malformed", "unsupported", "binary");
        assertThat(viewer.ofType("error").get(0).json().getString("message_en")).isNotBlank();
        assertThat(Await.until(WAIT, () -> !staff.ofType("error").isEmpty())).isTrue();

        // A frame over the size limit closes only that session (1009), never the server.
        LiveSocket big = LiveSocket.viewer(id, 0);
        big.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(10_000) + "\"}");
        assertThat(big.closeCode(WAIT)).isEqualTo(1009);

        post(Api.signedIn("host"), id, "错误消息之后照常直播");
        awaitPosts(viewer, 2);
        awaitPosts(staff, 2);
        viewer.close();
        staff.close();
    }

    @Test
    void aSlowViewerIsDroppedWithoutDelayingTheOthers() throws Exception {
        String id = liveInterview("慢速客户端测试");
        long droppedBefore = droppedSlowSessions();
        List<LiveSocket> healthy = List.of(LiveSocket.viewer(id, 0), LiveSocket.viewer(id, 0));
        healthy.forEach(v -> awaitPosts(v, 1));
        try (StalledViewer slow = StalledViewer.open(id)) {
            Api host = Api.signedIn("host");
            String text = "慢速客户端测试发言，内容较长以便尽快填满发送缓冲区。".repeat(70);
            Map<Long, Long> postedAt = new java.util.HashMap<>();
            int posts = 0;
            // Post without waiting in between, as a busy guest would; stop once the server drops the slow one.
            while (posts < 2000 && (posts % 20 != 0 || droppedSlowSessions() == droppedBefore)) {
                long seq = post(host, id, text + " #" + posts).getJsonNumber("sequence").longValue();
                postedAt.put(seq, System.nanoTime());
                posts++;
            }
            assertThat(droppedSlowSessions()).as("dropped after %d posts", posts).isGreaterThan(droppedBefore);
            long last = post(host, id, "慢速客户端已断开，直播继续").getJsonNumber("sequence").longValue();
            postedAt.put(last, System.nanoTime());
            healthy.forEach(v -> assertThat(Await.until(WAIT, () -> v.lastSequence() >= last))
                    .as(() -> "viewer at #" + v.lastSequence() + " of #" + last + ", closed " + v.closeCode(Duration.ZERO)
                            + ", server " + Api.anonymous().get("/api/interviews/live-metrics").body())
                    .isTrue());
            assertThat(slow.closeCodeAfterDraining(WAIT)).isEqualTo(1013);
            // Healthy viewers got every post in order and promptly, while the slow one stalled.
            long worstMillis = 0;
            for (LiveSocket v : healthy) {
                assertThat(v.sequences()).containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
                assertThat(v.closeCode(Duration.ofMillis(100))).isEqualTo(-1);
                for (LiveSocket.Frame f : v.posts()) {
                    Long sent = postedAt.get(f.seq());
                    if (sent != null) {
                        worstMillis = Math.max(worstMillis, Duration.ofNanos(f.receivedNanos() - sent).toMillis());
                    }
                }
            }
            assertThat(worstMillis).as("healthy viewers' worst delay after a post returned").isLessThan(2000);
        }
        healthy.forEach(LiveSocket::close);
    }

    /**
     * Viewers only listen, and the HTTP listener closes connections that send nothing for its read
     * timeout (20 s in the tests, 90 s by default); the server's pings keep healthy ones open for
     * longer than that while a reader that stopped reading is dropped.
     */
    @Test
    @SuppressWarnings("try") // the stalled viewer only has to stay connected while the others are served
    void healthyViewersOutliveTheReadTimeoutWhileAStalledOneIsDropped() throws Exception {
        String id = liveInterview("长时间直播测试");
        long droppedBefore = droppedSlowSessions();
        List<LiveSocket> healthy = List.of(LiveSocket.viewer(id, 0), LiveSocket.viewer(id, 0));
        healthy.forEach(v -> awaitPosts(v, 1));
        Api host = Api.signedIn("host");
        String text = "长时间直播测试发言，内容较长。".repeat(130);
        Instant end = Instant.now().plusSeconds(30);
        long last = 1;
        try (StalledViewer slow = StalledViewer.open(id)) {
            while (Instant.now().isBefore(end)) {
                last = post(host, id, text + " #" + last).getJsonNumber("sequence").longValue();
                long expected = last;
                healthy.forEach(v -> assertThat(Await.until(WAIT, () -> v.lastSequence() >= expected))
                        .as(() -> "viewer at #" + v.lastSequence() + " of #" + expected + ", closed "
                                + v.closeCode(Duration.ZERO)).isTrue());
            }
            assertThat(droppedSlowSessions()).as("the stalled reader was dropped").isGreaterThan(droppedBefore);
        }
        for (LiveSocket v : healthy) {
            assertThat(v.closeCode(Duration.ofMillis(100))).as("open after 30 s of only listening").isEqualTo(-1);
            assertThat(v.sequences()).containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        }
        healthy.forEach(LiveSocket::close);
    }

    @Test
    void staffActThroughTheirChannelAndTheReplyCarriesTheSequence() {
        String id = liveInterview("频道内操作测试");
        LiveSocket viewer = LiveSocket.viewer(id, 0);
        LiveSocket moderator = LiveSocket.staff(id, "moderator");
        LiveSocket guest = LiveSocket.staffWithSession(id, "guest-jt");
        LiveSocket host = LiveSocket.staff(id, "host");
        awaitPosts(viewer, 1);
        String q1 = ask(id, viewerId(), "地铁3号线什么时候通车？").json().getString("questionId");
        String q2 = ask(id, viewerId(), "地铁3号线啥时候通车").json().getString("questionId");

        // Wrong role: an error frame naming the action's reference; the channel stays open.
        guest.send(action("approve", "g0").add("questionId", q1).build().toString());
        moderator.send(action("post", "m0").add("text", "审核员不能发言").build().toString());
        JsonObject refused = reply(guest, "g0");
        assertThat(refused.getString("type")).isEqualTo("error");
        assertThat(refused.getString("code")).isEqualTo("forbidden");
        assertThat(reply(moderator, "m0").getString("code")).isEqualTo("forbidden");

        // Moderation through the channel; invalid input and stale versions are answered, not thrown.
        moderator.send(action("reject", "m1").add("questionId", q2).add("reason", "").build().toString());
        assertThat(reply(moderator, "m1").getString("code")).isEqualTo("validation");
        moderator.send(action("merge", "m2").add("questionId", q2).add("into", q1).build().toString());
        assertThat(reply(moderator, "m2").getString("status")).isEqualTo("MERGED");
        moderator.send(action("edit", "m3").add("questionId", q1).add("text", "地铁3号线何时通车？")
                .add("version", 99).build().toString());
        assertThat(reply(moderator, "m3").getString("code")).isEqualTo("conflict");
        moderator.send(action("approve", "m4").add("questionId", q1).build().toString());
        JsonObject approved = reply(moderator, "m4");
        assertThat(approved.getString("type")).as(approved.toString()).isEqualTo("done");
        assertThat(approved.getJsonNumber("seq").longValue()).isEqualTo(2);

        // The host speaks, the guest answers: each reply has the post's number in the stream.
        host.send(action("post", "h1").add("text", "请钱局长回答。").build().toString());
        assertThat(reply(host, "h1").getJsonNumber("seq").longValue()).isEqualTo(3);
        guest.send(action("answer", "g1").add("questionId", q1).add("text", "预计明年年底通车。").build().toString());
        JsonObject answered = reply(guest, "g1");
        assertThat(answered.getJsonNumber("seq").longValue()).as(answered.toString()).isEqualTo(4);

        awaitPosts(viewer, 4);
        assertThat(viewer.posts().stream().map(f -> f.json().getString("kind")).toList())
                .containsExactly("NOTICE", "QUESTION", "HOST", "ANSWER");
        assertThat(viewer.posts().get(3).json().getJsonNumber("answerTo").longValue()).isEqualTo(2);
        assertThat(Database.count("select count(*) from audit_record where action = 'interview.question.answer'"
                + " and actor = ? and subject_id = ?", "guest-jt", q1)).as("acted as the signed-in guest").isEqualTo(1);
        List.of(viewer, moderator, guest, host).forEach(LiveSocket::close);
    }

    @Test
    void guestsPostImagesCheckedByContentWithoutMetadataAndWithATextAlternative() throws Exception {
        String id = liveInterview("图片发言测试");
        LiveSocket viewer = LiveSocket.viewer(id, 0);
        awaitPosts(viewer, 1);
        Api guest = Api.signedIn("guest-jt");
        String images = "/api/staff/interviews/" + id + "/images";
        Api.Reply uploaded = guest.postRaw(images, "multipart/form-data; boundary=" + TestFiles.BOUNDARY,
                TestFiles.multipart(List.of(TestFiles.Part.file("线网图.jpg", "image/jpeg",
                        TestFiles.jpegWithGps(java.awt.Color.BLUE)))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String url = uploaded.json().getString("url");
        assertThat(url).startsWith("/api/interviews/images/");
        assertThat(guest.postRaw(images, "multipart/form-data; boundary=" + TestFiles.BOUNDARY,
                TestFiles.multipart(List.of(TestFiles.Part.file("动图.png", "image/png", TestFiles.gif())))).status())
                .as("a GIF named .png is refused by its content").isIn(400, 415);
        Api.Reply withoutAlt = guest.post("/api/staff/interviews/" + id + "/posts", Json.createObjectBuilder()
                .add("text", "线网图").add("imageUrl", url).build().toString());
        assertThat(withoutAlt.status()).as("an image needs a description").isEqualTo(422);

        Api.Reply posted = guest.post("/api/staff/interviews/" + id + "/posts", Json.createObjectBuilder()
                .add("text", "这是优化后的线网图。").add("imageUrl", url).add("imageAlt", "优化后的公交线网示意图")
                .build().toString());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        awaitPosts(viewer, 2);
        JsonObject frame = viewer.posts().get(1).json();
        assertThat(frame.getString("imageUrl")).isEqualTo(url);
        assertThat(frame.getString("imageAlt")).isEqualTo("优化后的公交线网示意图");

        // Served at its address as the type found in its content, never sniffed, without the GPS block.
        java.net.http.HttpResponse<byte[]> image = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        assertThat(image.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        assertThat(TestFiles.contains(image.body(), TestFiles.GPS_MARK)).isFalse();
        assertThat(TestFiles.contains(image.body(), "Exif")).isFalse();
        assertThat(Api.anonymous().get("/interviews/" + id).body()).contains("alt=\"优化后的公交线网示意图\"");

        // The console's form works without a script: one multipart request with text, file and description.
        Api host = Api.signedIn("host");
        String token = csrf(host.get("/staff/interviews/" + id + "/console").body());
        Api.Reply form = host.postMultipartForm("/staff/interviews/" + id + "/post",
                TestFiles.multipart(List.of(TestFiles.Part.text("_csrf", token),
                        TestFiles.Part.text("text", "主持人展示现场照片"), TestFiles.Part.text("imageAlt", "访谈现场照片"),
                        TestFiles.Part.file("现场.png", "image/png", TestFiles.png(java.awt.Color.RED)))));
        assertThat(form.status()).as(form.body()).isEqualTo(303);
        awaitPosts(viewer, 3);
        JsonObject fromForm = viewer.posts().get(2).json();
        assertThat(fromForm.getString("imageAlt")).isEqualTo("访谈现场照片");
        assertThat(fromForm.getString("imageUrl")).startsWith("/api/interviews/images/");
        viewer.close();
    }

    @Test
    void anAdministratorAnnouncesAnInterviewFromTheFormAndResidentsAskInAdvance() {
        Api admin = Api.signedIn("admin");
        String token = csrf(admin.get("/staff/interviews/new").body());
        String title = "老旧小区加装电梯政策解读 " + UUID.randomUUID().toString().substring(0, 8);

        Api.Reply refused = admin.postMultipartForm("/staff/interviews/new", TestFiles.multipart(List.of(
                TestFiles.Part.text("_csrf", token), TestFiles.Part.text("title", ""),
                TestFiles.Part.text("departmentCode", "zjj"), TestFiles.Part.text("scheduledAt", "2027-03-05T10:00"),
                TestFiles.Part.text("introduction", "住建局解读加装电梯补贴。"),
                TestFiles.Part.text("guest-1-name", "孙立"), TestFiles.Part.text("guest-1-username", "no-such-guest"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("访谈主题不能为空").contains("嘉宾1职务不能为空").contains("账号不存在")
                .contains("住建局解读加装电梯补贴。");
        assertThat(admin.postMultipartForm("/staff/interviews/new", TestFiles.multipart(List.of(
                TestFiles.Part.text("_csrf", "forged"), TestFiles.Part.text("title", title)))).status())
                .as("without the page's token").isEqualTo(403);

        Api.Reply announced = admin.postMultipartForm("/staff/interviews/new", TestFiles.multipart(List.of(
                TestFiles.Part.text("_csrf", token), TestFiles.Part.text("title", title),
                TestFiles.Part.text("departmentCode", "zjj"), TestFiles.Part.text("scheduledAt", "2027-03-05T10:00"),
                TestFiles.Part.text("introduction", "住建局解读加装电梯补贴。"),
                TestFiles.Part.text("guest-1-name", "孙立"), TestFiles.Part.text("guest-1-title", "市住建局副局长"),
                TestFiles.Part.text("guest-1-username", "guest-zjj"),
                new TestFiles.Part("guest-1-photo", "孙立.jpg", "image/jpeg", TestFiles.jpegWithGps(java.awt.Color.GRAY)))));
        assertThat(announced.status()).as(announced.body()).isEqualTo(303);

        JsonObject listed = Api.anonymous().get("/api/interviews").array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow();
        assertThat(listed.getString("status")).isEqualTo("ANNOUNCED");
        assertThat(listed.getString("scheduledAt")).isEqualTo("2027-03-05T02:00:00Z");
        JsonObject guest = listed.getJsonArray("guests").getJsonObject(0);
        assertThat(guest.getString("title")).isEqualTo("市住建局副局长");
        assertThat(guest.getString("photoUrl")).startsWith("/api/interviews/images/");
        assertThat(Api.anonymous().get("/interviews").body()).contains(title);

        // Questions in advance: the announced interview's page takes them into the moderators' queue.
        String id = listed.getString("id");
        Api.Reply asked = ask(id, viewerId(), "加装电梯的补贴怎么申请？");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(Api.anonymous().get("/interviews/" + id).body()).contains("/interviews/" + id + "/questions");
    }

    private static String csrf(String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return token.group(1);
    }

    private static jakarta.json.JsonObjectBuilder action(String type, String ref) {
        return Json.createObjectBuilder().add("type", type).add("ref", ref);
    }

    /** The channel's answer to the action with this reference. */
    private static JsonObject reply(LiveSocket socket, String ref) {
        assertThat(Await.until(WAIT, () -> socket.frames().stream().anyMatch(f -> ref.equals(f.json().getString("ref", null)))))
                .as("reply to %s in %s", ref, socket.frames()).isTrue();
        return socket.frames().stream().map(LiveSocket.Frame::json).filter(f -> ref.equals(f.getString("ref", null)))
                .findFirst().orElseThrow();
    }

    private static long droppedSlowSessions() {
        return Api.anonymous().get("/api/interviews/live-metrics").json().getJsonNumber("droppedSlowSessions").longValue();
    }

    /**
     * A viewer that completes the handshake and then stops reading, on a socket with a tiny
     * receive buffer, so the server's queue for it fills quickly.
     */
    private static final class StalledViewer implements AutoCloseable {

        private final Socket socket;

        private StalledViewer(Socket socket) {
            this.socket = socket;
        }

        static StalledViewer open(String interviewId) throws IOException {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(2048);
            socket.connect(new InetSocketAddress("localhost", 8080 + Api.OFFSET), 5000);
            byte[] nonce = new byte[16];
            new java.security.SecureRandom().nextBytes(nonce);
            String request = "GET /ws/interviews/" + interviewId + "?since=0 HTTP/1.1\r\n"
                    + "Host: localhost:" + (8080 + Api.OFFSET) + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("handshake: " + head);
                }
                head.write(b);
            }
            assertThat(head.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 101");
            return new StalledViewer(socket);
        }

        /** Reads everything the server queued until its close frame; returns the close code. */
        int closeCodeAfterDraining(Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                if ((first & 0x0f) == 0x8) {
                    return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void unansweredApprovedQuestionsBecomeCasesWhoseAnswersAppearOnTheTranscript() {
        String id = liveInterview("访谈结束转办测试");
        Api moderator = Api.signedIn("moderator");
        String answeredOnAir = ask(id, viewerId(), "城际公交票价能降吗？").json().getString("questionId");
        String notAnswered = ask(id, viewerId(), "经开区早高峰能否开通直达快线？").json().getString("questionId");
        moderator.post("/api/staff/interviews/questions/" + answeredOnAir + "/approve", "{}");
        moderator.post("/api/staff/interviews/questions/" + notAnswered + "/approve", "{}");
        Api.signedIn("guest-jt").post("/api/staff/interviews/questions/" + answeredOnAir + "/answer",
                Json.createObjectBuilder().add("text", "正在研究票价优惠方案。").build().toString());

        Api host = Api.signedIn("host");
        assertThat(host.post("/api/staff/interviews/" + id + "/finish", "{}").status()).as("summary required")
                .isEqualTo(422);
        Api.Reply finished = host.post("/api/staff/interviews/" + id + "/finish",
                Json.createObjectBuilder().add("summary", "本期访谈答复网友问题1个，其余转部门办理。").build().toString());
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(ask(id, viewerId(), "结束后还能问吗？").status()).isEqualTo(409);

        JsonObject transcript = Api.anonymous().get("/api/interviews/" + id + "/transcript").json();
        assertThat(transcript.getJsonObject("interview").getString("status")).isEqualTo("FINISHED");
        assertThat(transcript.getJsonArray("posts").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("kind")).toList()).containsExactly("NOTICE", "QUESTION", "QUESTION", "ANSWER", "NOTICE");
        JsonObject followUp = transcript.getJsonArray("followUps").getJsonObject(0);
        assertThat(transcript.getJsonArray("followUps")).hasSize(1);
        assertThat(followUp.getString("questionId")).isEqualTo(notAnswered);
        String number = followUp.getString("caseTrackingNumber");
        assertThat(followUp.getString("due")).isNotBlank();
        assertThat(Database.count("select count(*) from case_file where tracking_number = ? and channel = 'INTERVIEW'"
                + " and department_code = 'jtysj' and status = 'DISPATCHED'", number)).isEqualTo(1);

        // The department answers the case; the transcript shows the answer.
        Api handler = Api.signedIn("jtysj");
        String caseId = handler.get("/api/staff/queue").array().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("trackingNumber").equals(number)).map(q -> q.getString("id"))
                .findFirst().orElseThrow();
        long version = handler.get("/api/staff/cases/" + caseId).json().getJsonNumber("version").longValue();
        assertThat(handler.post("/api/staff/cases/" + caseId + "/answer", Json.createObjectBuilder()
                .add("reply", "经开区快线已纳入明年线网优化计划。").add("publish", true).add("version", version)
                .build().toString()).status()).isEqualTo(200);
        Routing.approve(caseId);
        JsonObject after = Api.anonymous().get("/api/interviews/" + id + "/transcript").json()
                .getJsonArray("followUps").getJsonObject(0);
        assertThat(after.getString("reply")).isEqualTo("经开区快线已纳入明年线网优化计划。");

        Api.Reply page = Api.anonymous().get("/interviews/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("实录", "经开区快线已纳入明年线网优化计划。", number);
    }
}

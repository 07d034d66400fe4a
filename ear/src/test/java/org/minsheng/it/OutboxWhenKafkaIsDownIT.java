package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing accepted is lost when Kafka is down: the test stops the real broker for a minute while
 * residents keep writing, sees every letter accepted and waiting in the outbox, starts the broker
 * again on the same data and sees every event published and the digest catch up to exactly the
 * stored cases, per day and channel.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxWhenKafkaIsDownIT {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final String PENDING = "select count(*) from outbox where published_at is null";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @Test
    void lettersAcceptedWhileKafkaIsDownArePublishedAndCountedOnceWhenItIsBack() throws Exception {
        Path data = Path.of(System.getProperty("it.kafka.data"));
        String caseOfNumber = "select count(*) from case_file where tracking_number = ?";
        List<Api.Reply> replies = new ArrayList<>();
        long pendingWhileDown;
        boolean readyWhileDown;
        Broker.stop(data);
        try {
            // A resident every half second for the whole outage; intake must answer each at once.
            ScheduledExecutorService residents = Executors.newSingleThreadScheduledExecutor();
            Api resident = Api.anonymous();
            try {
                ScheduledFuture<?> writing = residents.scheduleAtFixedRate(() -> replies.add(
                        resident.post("/api/submissions", letter(replies.size()))), 0, 500, TimeUnit.MILLISECONDS);
                residents.schedule(() -> writing.cancel(false), OUTAGE.toMillis(), TimeUnit.MILLISECONDS);
                writing.get(); // ends with the cancellation, or with the failure of a submission
            } catch (CancellationException outageOver) {
                // every letter of the outage was answered
            } finally {
                residents.shutdown();
                assertThat(residents.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }
            pendingWhileDown = Database.count(PENDING);
            readyWhileDown = Api.anonymous().get("/api/health/ready").status() == 200;
        } finally {
            // Whatever happened above, the other tests need their broker back.
            Broker.start(data, Integer.getInteger("it.kafka.port"), Integer.getInteger("it.kafka.controller.port"), false);
        }
        List<Api.Reply> accepted = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(replies).as("letters written during the outage").hasSizeGreaterThan(10);
        assertThat(accepted).as("every letter accepted while Kafka was down").hasSameSizeAs(replies);
        for (Api.Reply reply : accepted) {
            assertThat(Database.count(caseOfNumber, reply.json().getString("trackingNumber"))).isEqualTo(1);
        }
        assertThat(pendingWhileDown).as("events wait in the outbox").isGreaterThanOrEqualTo(accepted.size());
        assertThat(readyWhileDown).as("readiness reports the broker missing").isFalse();

        String bootstrap = "localhost:" + System.getProperty("it.kafka.port");
        boolean caughtUp = Await.until(Duration.ofSeconds(180), () -> Database.count(PENDING) == 0
                && DigestCheck.caughtUp(bootstrap, "minsheng.case-events"));
        if (!caughtUp) {
            System.out.printf("[broker down] not caught up: outbox backlog %d, digest lag %s%n", Database.count(PENDING),
                    DigestCheck.lag(bootstrap, "minsheng.case-events"));
        }
        assertThat(caughtUp).as("outbox drained and the digest caught up after the broker came back").isTrue();
        Map<String, Long> digest = DigestCheck.awaitDigest(Api.signedIn("leader"));
        Map<String, Long> recount;
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"))) {
            recount = DigestCheck.recount(connection);
        }
        System.out.printf("[broker down %d s] %d letters written, %d accepted, %d events waited; digest %d, stored %d: %s%n",
                OUTAGE.toSeconds(), replies.size(), accepted.size(), pendingWhileDown,
                digest == null ? -1 : DigestCheck.total(digest), DigestCheck.total(recount),
                recount.equals(digest) ? "equal per day and channel" : digest == null ? "digest unavailable"
                        : DigestCheck.differences(digest, recount));
        assertThat(digest).as("digest against the stored cases per day and channel").isEqualTo(recount);
    }

    private static String letter(int n) {
        return Json.createObjectBuilder().add("channel", "LEADER_MAILBOX").add("leaderCode", "fsz-cj")
                .add("title", "Kafka 停机时的来信 " + n).add("body", "消息队列停止时提交，恢复后应送达并只统计一次。")
                .add("publicRequested", true).build().toString();
    }
}

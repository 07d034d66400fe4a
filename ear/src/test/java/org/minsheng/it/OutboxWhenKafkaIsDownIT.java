package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing accepted is lost when Kafka is down: the test stops the real broker, submits a letter,
 * sees it accepted and waiting in the outbox, starts the broker again on the same data and sees
 * the event published and counted by the digest.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxWhenKafkaIsDownIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @Test
    void lettersAcceptedWhileKafkaIsDownArePublishedWhenItIsBack() throws Exception {
        Path data = Path.of(System.getProperty("it.kafka.data"));
        String body = Json.createObjectBuilder().add("channel", "LEADER_MAILBOX").add("leaderCode", "fsz-cj")
                .add("title", "Kafka 停机时的来信").add("body", "消息队列停止时提交，恢复后应送达。")
                .add("publicRequested", true).build().toString();
        String pending = "select count(*) from outbox where published_at is null and record_key in"
                + " (select id from case_file where tracking_number = ?)";
        String number;
        stopBroker(data);
        try {
            Api.Reply reply = Api.anonymous().post("/api/submissions", body);
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            number = reply.json().getString("trackingNumber");
            assertThat(Database.count(pending, number)).as("events wait in the outbox").isGreaterThanOrEqualTo(1);
            assertThat(Database.count("select count(*) from case_file where tracking_number = ?", number)).isEqualTo(1);
        } finally {
            // Whatever happened above, the other tests need their broker back.
            startBroker(data);
        }
        assertThat(Await.until(Duration.ofSeconds(120), () -> Database.count(pending, number) == 0))
                .as("outbox drained after the broker came back").isTrue();

        Api leader = Api.signedIn("leader");
        assertThat(Await.until(Duration.ofSeconds(90), () -> {
            Api.Reply digest = leader.get("/api/digest/received");
            return digest.status() == 200 && digest.array().stream().map(JsonObject.class::cast)
                    .anyMatch(c -> c.getString("channel").equals("LEADER_MAILBOX"));
        })).isTrue();
    }

    private static void stopBroker(Path data) throws Exception {
        long pid = Long.parseLong(Files.readString(data.resolve("broker.pid")).trim());
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no broker " + pid));
        broker.destroy();
        broker.onExit().get(60, TimeUnit.SECONDS);
    }

    private static void startBroker(Path data) throws IOException {
        Process process = new ProcessBuilder("bash", System.getProperty("it.repo") + "/bin/minsheng", "broker",
                "--data", data.toString(), "--port", System.getProperty("it.kafka.port"),
                "--controller-port", System.getProperty("it.kafka.controller.port"))
                .redirectErrorStream(true)
                .redirectOutput(new File(data.toFile().getParentFile(), "it-kafka-restarted.log"))
                .start();
        // The restarted broker serves the remaining tests and ends with the test JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    }
}

package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost and nothing is counted twice when the server dies: six residents
 * submit letters at once, the server's JVM is killed with SIGKILL in the middle of it and started
 * again on the same files. Then every letter answered 201 must be found by its number and query
 * code, and the leaders' digest must equal a recount of the stored cases per day and channel.
 * Once on the embedded default (the H2 file, configured exactly as a plain {@code bin/minsheng
 * run} configures it) and once on PostgreSQL. The server is a WildFly of the test's own (Arquillian
 * cannot kill and restart one), with a broker of its own so that its topics and digest hold only
 * its own events.
 */
class ServerCrashIT {

    private static final int CLIENTS = 6;
    /** The kill comes once this many letters are acknowledged, in the middle of the burst. */
    private static final int KILL_AFTER_ACKNOWLEDGED = 150;
    private static final String CASE_TOPIC = "minsheng.case-events";
    private static final String[] CHANNELS = {"LEADER_MAILBOX", "MESSAGE_BOARD", "CONSULTATION"};

    private record Receipt(String number, String code) {
    }

    private record Burst(List<Receipt> acknowledged, int refusedBeforeKill, Duration untilKill) {
    }

    private interface Connector {
        Connection open() throws Exception;
    }

    @Test
    void theEmbeddedH2FileKeepsEveryAcknowledgedLetter() throws Exception {
        Path base = Path.of(System.getProperty("it.crash.dir"), "h2");
        Map<String, String> env = new HashMap<>();
        // The default datasource: no MINSHENG_DB_* at all (the test JVM's point to PostgreSQL).
        for (String name : List.of("MINSHENG_DB_DRIVER", "MINSHENG_DB_URL", "MINSHENG_DB_USER", "MINSHENG_DB_PASSWORD")) {
            env.put(name, null);
        }
        crashAndCheck("H2 file", base, env, () -> h2(base.resolve("data/minsheng")));
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedLetter() throws Exception {
        String name = System.getProperty("it.crash.db.name");
        String url = postgresUrl(name);
        postgres("drop database if exists " + name + " with (force)",
                "create database " + name + " encoding 'UTF8' template template0");
        try {
            Map<String, String> env = new HashMap<>();
            env.put("MINSHENG_DB_DRIVER", "postgresql");
            env.put("MINSHENG_DB_URL", url);
            env.put("MINSHENG_DB_USER", System.getProperty("it.db.user"));
            env.put("MINSHENG_DB_PASSWORD", System.getProperty("it.db.password"));
            crashAndCheck("PostgreSQL", Path.of(System.getProperty("it.crash.dir"), "postgresql"), env,
                    () -> DriverManager.getConnection(url, System.getProperty("it.db.user"),
                            System.getProperty("it.db.password")));
        } finally {
            postgres("drop database if exists " + name + " with (force)");
        }
    }

    private static void crashAndCheck(String database, Path base, Map<String, String> env, Connector db)
            throws Exception {
        int kafkaPort = Integer.getInteger("it.crash.kafka.port");
        Process broker = Broker.start(base.resolveSibling(base.getFileName() + "-kafka"), kafkaPort,
                Integer.getInteger("it.crash.kafka.controller.port"), true);
        StandaloneServer server = null;
        try {
            assertThat(Broker.listening(kafkaPort, Duration.ofSeconds(60))).as("the test's broker is up").isTrue();
            env.put("MINSHENG_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort);
            server = new StandaloneServer(base, Integer.getInteger("it.crash.port.offset"), env);
            server.start();
            assertThat(server.awaitReady(Duration.ofSeconds(180))).as("server up").isTrue();

            Burst burst = burstKilledMidway(server);

            server.start();
            assertThat(server.awaitReady(Duration.ofSeconds(180))).as("server up again after the kill").isTrue();
            Api resident = Api.anonymousAt(server.url());
            List<Receipt> lost = burst.acknowledged().stream().filter(r -> resident.post("/api/cases/lookup",
                    Json.createObjectBuilder().add("trackingNumber", r.number()).add("queryCode", r.code()).build()
                            .toString()).status() != 200).toList();

            System.out.printf("[%s] %d clients, SIGKILL after %d ms: %d acknowledged (%d refused before the kill),"
                            + " %d found after the restart, %d lost%n", database, CLIENTS, burst.untilKill().toMillis(),
                    burst.acknowledged().size(), burst.refusedBeforeKill(), burst.acknowledged().size() - lost.size(),
                    lost.size());
            StandaloneServer restarted = server;
            String bootstrap = "localhost:" + kafkaPort;
            boolean caughtUp = Await.until(Duration.ofSeconds(180), () -> restarted.outboxBacklog() == 0
                    && DigestCheck.caughtUp(bootstrap, CASE_TOPIC));
            if (!caughtUp) {
                System.out.printf("[%s] not caught up: outbox backlog %d, digest lag %s, digest %s%n", database,
                        server.outboxBacklog(), DigestCheck.lag(bootstrap, CASE_TOPIC),
                        Api.signedIn("leader", server.url()).get("/api/digest/received"));
            }
            assertThat(caughtUp).as("outbox drained and the digest caught up with the topic").isTrue();
            Map<String, Long> digest = DigestCheck.awaitDigest(Api.signedIn("leader", server.url()));
            assertThat(digest).as("digest available").isNotNull();
            // Stopped before the recount: the H2 file is the server's while it runs.
            server.stop();
            server = null;
            Map<String, Long> recount;
            try (Connection connection = db.open()) {
                recount = DigestCheck.recount(connection);
            }

            System.out.printf("[%s] after the restart: digest %d, stored %d: %s%n", database,
                    DigestCheck.total(digest), DigestCheck.total(recount),
                    digest.equals(recount) ? "equal per day and channel" : DigestCheck.differences(digest, recount));
            assertThat(burst.refusedBeforeKill()).as("letters refused while the server ran").isZero();
            assertThat(lost).as("acknowledged letters missing after the restart").isEmpty();
            assertThat(digest).as("digest against the stored cases per day and channel").isEqualTo(recount);
        } finally {
            if (server != null) {
                server.stop();
            }
            broker.destroy();
            broker.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** Six clients submit as fast as they are answered; the server is killed while they do. */
    private static Burst burstKilledMidway(StandaloneServer server) throws Exception {
        Queue<Receipt> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            clients.execute(() -> {
                Api api = Api.anonymousAt(server.url());
                while (!killed.get()) {
                    int n = sent.incrementAndGet();
                    try {
                        Api.Reply reply = api.post("/api/submissions", letter(n));
                        if (reply.status() == 201) {
                            acknowledged.add(new Receipt(reply.json().getString("trackingNumber"),
                                    reply.json().getString("queryCode")));
                        } else if (!killed.get()) {
                            refused.incrementAndGet();
                        }
                    } catch (IllegalStateException e) {
                        if (!killed.get()) {
                            refused.incrementAndGet();
                        }
                    }
                }
            });
        }
        boolean reached = Await.until(Duration.ofSeconds(120), () -> acknowledged.size() >= KILL_AFTER_ACKNOWLEDGED);
        killed.set(true);
        Duration untilKill = Duration.ofNanos(System.nanoTime() - start);
        server.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped after the kill").isTrue();
        assertThat(reached).as(KILL_AFTER_ACKNOWLEDGED + " letters acknowledged before the kill").isTrue();
        return new Burst(List.copyOf(acknowledged), refused.get(), untilKill);
    }

    private static String letter(int n) {
        String channel = CHANNELS[n % CHANNELS.length];
        var letter = Json.createObjectBuilder().add("channel", channel)
                .add("title", "小区停车难问题第" + n + "号")
                .add("body", "第" + n + "封来信：小区车位不足，晚上车辆停满消防通道，希望有关部门协调增加停车位。")
                .add("publicRequested", n % 2 == 0);
        if ("LEADER_MAILBOX".equals(channel)) {
            letter.add("leaderCode", "shizhang");
        }
        return letter.build().toString();
    }

    /** The H2 file with the driver the server itself uses, so the file format is read as written. */
    private static Connection h2(Path database) throws Exception {
        Path module = Path.of(System.getProperty("jboss.home"), "modules/system/layers/base/com/h2database/h2/main");
        URL jar;
        try (Stream<Path> jars = Files.list(module)) {
            jar = jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow().toUri().toURL();
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar}, ServerCrashIT.class.getClassLoader());
        Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        Properties account = new Properties();
        account.setProperty("user", "sa");
        account.setProperty("password", "sa");
        return driver.connect("jdbc:h2:file:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", account);
    }

    private static String postgresUrl(String database) {
        String url = System.getProperty("it.db.url");
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private static void postgres(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgresUrl("postgres"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
             Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

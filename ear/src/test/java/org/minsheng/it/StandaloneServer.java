package org.minsheng.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of the test's own, outside Arquillian, so that the test can kill it with SIGKILL and
 * start it again on the same files: the provisioned test server's installation with a base folder
 * of its own (configuration, deployments, data, logs), a port offset of its own and the real EAR
 * deployed by the deployment scanner.
 */
final class StandaloneServer {

    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment;
    private Process launcher;

    /**
     * Prepares an empty base folder with the test server's configuration and the EAR.
     * {@code environment} adds to (a null value removes from) the test JVM's environment.
     */
    StandaloneServer(Path base, int portOffset, Map<String, String> environment) throws IOException {
        this.base = base;
        this.portOffset = portOffset;
        this.environment = environment;
        deleteRecursively(base);
        Path home = Path.of(System.getProperty("jboss.home"));
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        // The Arquillian server may have a deployment of its own registered in the shared configuration.
        Path xml = configuration.resolve("standalone.xml");
        Files.writeString(xml, Files.readString(xml, StandardCharsets.UTF_8)
                .replaceAll("(?s)<deployments>.*?</deployments>", ""), StandardCharsets.UTF_8);
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("it.ear")), base.resolve("deployments/minsheng.ear"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    String url() {
        return "http://localhost:" + (8080 + portOffset);
    }

    Path dataDir() {
        return base.resolve("data");
    }

    /** Starts the server; the deployment is up when {@link #awaitReady} says so. */
    void start() throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder command = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone.xml", "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(base.toFile(), "console.log")));
        Map<String, String> env = command.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JAVA_OPTS", "-Xms256m -Xmx1536m -XX:MetaspaceSize=128m -Djava.net.preferIPv4Stack=true");
        env.put("JDK_SERIAL_FILTER", System.getProperty("serial.filter"));
        environment.forEach((name, value) -> {
            if (value == null) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        launcher = command.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> java().ifPresent(ProcessHandle::destroyForcibly)));
    }

    /** Whether the EAR is deployed and the application answers ready (database and broker up) within the time. */
    boolean awaitReady(Duration within) {
        Path deployed = base.resolve("deployments/minsheng.ear.deployed");
        Path failed = base.resolve("deployments/minsheng.ear.failed");
        return Await.until(within, () -> {
            if (Files.exists(failed) || launcher == null || !launcher.isAlive()) {
                throw new IllegalStateException("server did not start; see " + base.resolve("console.log"));
            }
            try {
                return Files.exists(deployed) && Api.anonymousAt(url()).get("/api/health/ready").status() == 200;
            } catch (IllegalStateException e) {
                return false; // not listening yet
            }
        });
    }

    /** The outbox backlog as the readiness check reports it, or -1 when not available. */
    long outboxBacklog() {
        try {
            Api.Reply reply = Api.anonymousAt(url()).get("/api/health/ready");
            return reply.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("outbox"))
                    .map(c -> c.getJsonObject("data").getString("detail"))
                    .mapToLong(detail -> Long.parseLong(detail.substring(0, detail.indexOf(' '))))
                    .findFirst().orElse(-1);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no commit, no flush. */
    void kill() throws Exception {
        ProcessHandle java = java().orElseThrow(() -> new IllegalStateException("no server JVM to kill"));
        java.destroyForcibly();
        java.onExit().get(30, TimeUnit.SECONDS);
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal shutdown (SIGTERM), as an operator stops the server. */
    void stop() throws Exception {
        Optional<ProcessHandle> java = java();
        if (java.isPresent()) {
            java.get().destroy();
            java.get().onExit().get(120, TimeUnit.SECONDS);
        }
        if (launcher != null) {
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The JVM that standalone.sh started (the script itself only waits for it). */
    private Optional<ProcessHandle> java() {
        if (launcher == null) {
            return Optional.empty();
        }
        List<ProcessHandle> javas = launcher.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).toList();
        return javas.stream().findFirst();
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

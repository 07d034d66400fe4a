package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher as an operator uses it, on the embedded defaults (H2 file, local broker): run, take
 * letters, stop, back up, empty the instance, restore, run again and find every letter; then the
 * server is killed and the launcher must stop the broker and leave no process behind. Runs beside
 * the Arquillian server on ports of its own.
 */
class BackupRestoreIT {

    private static final int HTTP_PORT = 18380;
    private static final String BASE = "http://localhost:" + HTTP_PORT;
    private static final Path REPO = Path.of(System.getProperty("it.repo")).toAbsolutePath().normalize();
    private static final Path WORK = REPO.resolve("ear/target/launcher-it");
    private static final Path HOME = WORK.resolve("home");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process launcher;

    @Test
    void aRestoredBackupHoldsEveryLetterAndTheLauncherLeavesNothingBehind() throws Exception {
        deleteTree(WORK);
        Files.createDirectories(WORK);

        launcher = run("first run");
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            JsonObject receipt = submit("备份恢复检验来信 " + i);
            codes.put(receipt.getString("trackingNumber"), receipt.getString("queryCode"));
        }
        stop(launcher);
        assertThat(ourProcesses()).as("nothing left running after a stop").isEmpty();

        Path backup = WORK.resolve("minsheng-backup.tar.gz");
        assertThat(launcherCommand("backup", backup.toString())).isZero();
        deleteTree(HOME.resolve("data"));
        deleteTree(HOME.resolve("kafka"));
        assertThat(launcherCommand("restore", backup.toString())).isZero();

        launcher = run("run on the restored data");
        List<String> missing = new ArrayList<>();
        codes.forEach((number, code) -> {
            if (lookup(number, code) != 200) {
                missing.add(number);
            }
        });
        System.out.printf("Backup and restore: %d letters taken, %d found after the restore%n",
                codes.size(), codes.size() - missing.size());
        assertThat(missing).as("letters missing after the restore").isEmpty();

        // A crashed server: the launcher notices, stops the broker and exits by itself.
        ProcessHandle server = serverJava();
        server.destroyForcibly();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("the launcher exits when its server dies").isTrue();
        assertThat(Await.until(Duration.ofSeconds(15), () -> ourProcesses().isEmpty()))
                .as("no process left behind after the server died: %s", ourProcesses()).isTrue();
    }

    @AfterEach
    void stopWhateverIsLeft() {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
        }
        ourProcesses().forEach(ProcessHandle::destroyForcibly);
    }

    private Process run(String what) throws Exception {
        Process process = launcher(WORK.resolve(what.replace(' ', '-') + ".log"), "run", "--no-build");
        boolean up = Await.until(Duration.ofSeconds(300), () -> !process.isAlive() || get("/api/health/ready") == 200);
        assertThat(up && process.isAlive()).as(what + ": the launcher started the server (see its log in %s)", WORK).isTrue();
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM, as when the terminal's session ends
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the launcher stops within 90 s").isTrue();
    }

    private int launcherCommand(String... args) throws Exception {
        Process process = launcher(WORK.resolve(args[0] + ".log"), args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.print(Files.readString(WORK.resolve(args[0] + ".log")));
        return process.exitValue();
    }

    private static Process launcher(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("bin/minsheng").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("MINSHENG_HOME", HOME.toString());
        env.put("MINSHENG_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("MINSHENG_MANAGEMENT_PORT", "18390");
        env.put("MINSHENG_KAFKA_PORT", "18392");
        env.put("MINSHENG_JAVA_OPTS", "-Xms128m -Xmx1g");
        env.remove("MINSHENG_KAFKA_BOOTSTRAP_SERVERS");
        env.remove("MINSHENG_DB_DRIVER");
        env.remove("MINSHENG_DB_URL");
        return builder.start();
    }

    private JsonObject submit(String title) throws Exception {
        String body = Json.createObjectBuilder().add("channel", "LEADER_MAILBOX").add("leaderCode", "fsz-cj")
                .add("title", title).add("body", "备份之后恢复到空实例，这封来信应当还在。").add("publicRequested", false)
                .build().toString();
        HttpResponse<String> reply = http.send(post("/api/submissions", body), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private int lookup(String number, String code) {
        String body = Json.createObjectBuilder().add("trackingNumber", number).add("queryCode", code).build().toString();
        try {
            return http.send(post("/api/cases/lookup", body), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** Every process whose command line names this test's work folder: the broker, the server. */
    private static List<ProcessHandle> ourProcesses() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(HOME.toString()))
                .toList();
    }

    private static ProcessHandle serverJava() {
        return ourProcesses().stream()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server process"));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

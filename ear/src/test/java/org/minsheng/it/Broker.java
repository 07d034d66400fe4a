package org.minsheng.it;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The devkit's single-node broker as a process of the test: started, stopped and started again on its data. */
final class Broker {

    private Broker() {
    }

    /** Starts {@code bin/minsheng broker} on the folder (emptied first when {@code fresh}); ends with the test JVM. */
    static Process start(Path data, int port, int controllerPort, boolean fresh) throws IOException {
        ProcessBuilder command = new ProcessBuilder("bash", System.getProperty("it.repo") + "/bin/minsheng", "broker",
                "--data", data.toString(), "--port", Integer.toString(port),
                "--controller-port", Integer.toString(controllerPort));
        if (fresh) {
            command.command().add("--fresh");
        }
        Files.createDirectories(data.getParent());
        Process process = command.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        new File(data.getParent().toFile(), data.getFileName() + ".log")))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return process;
    }

    /** Stops the broker whose process id the devkit wrote into its data folder, as a normal shutdown. */
    static void stop(Path data) throws Exception {
        long pid = Long.parseLong(Files.readString(data.resolve("broker.pid")).trim());
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no broker " + pid));
        broker.destroy();
        broker.onExit().get(60, TimeUnit.SECONDS);
    }

    /** Whether the broker accepts connections on its port within the time. */
    static boolean listening(int port, Duration within) {
        return Await.until(within, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }
}

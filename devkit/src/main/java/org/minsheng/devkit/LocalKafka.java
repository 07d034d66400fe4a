package org.minsheng.devkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process) for development and
 * tests. Its data lives in one folder, formatted on first start and kept afterwards.
 *
 * <pre>java -cp … org.minsheng.devkit.LocalKafka --data DIR [--port 9092] [--controller-port 9093]</pre>
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        int port = 9092;
        int controllerPort = 9093;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (data == null) {
            usage("--data is required");
        }
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);
        Path config = data.resolve("server.properties");
        writeConfig(config, logs, port, controllerPort);

        if (!Files.exists(logs.resolve("meta.properties"))) {
            // Kafka's own generator: its ids never start with '-', which the format tool would read as an option.
            String clusterId = Uuid.randomUuid().toString();
            int status = StorageTool.execute(new String[] {"format", "--standalone", "-t", clusterId,
                    "-c", config.toString(), "--ignore-formatted"}, new PrintStream(OutputStream.nullOutputStream()));
            if (status != 0) {
                System.err.println("Kafka storage format failed (" + status + ") in " + logs);
                System.exit(status);
            }
        }
        // Tests that stop and restart the broker find it by this file.
        Files.writeString(data.resolve("broker.pid"), Long.toString(ProcessHandle.current().pid()));
        System.out.println("Kafka broker on localhost:" + port + " (data in " + data + ")");
        Kafka.main(new String[] {config.toString()});
    }

    private static void writeConfig(Path file, Path logs, int port, int controllerPort) throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", logs.toString());
        p.setProperty("num.partitions", "3");
        // One node: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.retention.hours", "720");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Written by LocalKafka at each start");
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: LocalKafka --data DIR [--port 9092] [--controller-port 9093]");
        System.exit(2);
    }
}

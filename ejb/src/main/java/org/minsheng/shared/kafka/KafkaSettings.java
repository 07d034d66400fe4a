package org.minsheng.shared.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the brokers are. Set {@code MINSHENG_KAFKA_BOOTSTRAP_SERVERS} (or the system property
 * {@code minsheng.kafka.bootstrap-servers}); the default is the launcher's local broker.
 */
@ApplicationScoped
public class KafkaSettings {

    @Inject
    @ConfigProperty(name = "minsheng.kafka.bootstrap-servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Inject
    @ConfigProperty(name = "minsheng.kafka.streams-state-dir")
    Optional<String> streamsStateDir;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Folder for Kafka Streams state; defaults to the server's data folder. */
    public String streamsStateDir() {
        return streamsStateDir.orElseGet(() -> System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/kafka-streams");
    }

    public Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5000);
        return config;
    }
}

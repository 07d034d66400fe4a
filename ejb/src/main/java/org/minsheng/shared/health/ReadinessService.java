package org.minsheng.shared.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.minsheng.shared.kafka.TopicCreator;
import org.minsheng.shared.outbox.OutboxRelay;

/**
 * Whether the application can serve: the database and a Kafka broker answer. Submissions are still
 * accepted while Kafka is down (they wait in the outbox), but the digest goes stale, which
 * operators must see; the outbox backlog is reported with the checks.
 */
@Stateless
public class ReadinessService {

    public record Check(String name, boolean up, String detail) {
    }

    @Resource
    DataSource dataSource;

    @Inject
    TopicCreator kafka;

    @Inject
    OutboxRelay outbox;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Check> checks() {
        Map<String, Check> checks = new LinkedHashMap<>();
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        checks.put("database", new Check("database", database, null));
        checks.put("kafka", new Check("kafka", kafka.brokerReachable(2000), null));
        if (database) {
            checks.put("outbox", new Check("outbox", true, outbox.backlog() + " event(s) waiting"));
        }
        return checks;
    }
}

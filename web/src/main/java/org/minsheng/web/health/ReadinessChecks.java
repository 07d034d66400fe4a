package org.minsheng.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.minsheng.shared.kafka.TopicCreator;

/** Ready means the database and a Kafka broker answer (served at the management port's /health/ready). */
@ApplicationScoped
public class ReadinessChecks {

    @Resource
    DataSource dataSource;

    @Inject
    TopicCreator kafka;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
            } catch (Exception e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck kafka() {
        return () -> HealthCheckResponse.named("kafka").status(kafka.brokerReachable(2000)).build();
    }
}

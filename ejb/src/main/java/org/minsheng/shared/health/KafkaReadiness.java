package org.minsheng.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.minsheng.shared.kafka.TopicCreator;

/**
 * Ready only when a Kafka broker answers. Submissions are still accepted while it is down (they
 * wait in the outbox), but the digest is stale, which operators must see.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    @Inject
    TopicCreator kafka;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka").status(kafka.brokerReachable(2000)).build();
    }
}

package org.minsheng.shared.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.UUID;
import org.minsheng.shared.events.DomainEvent;

/**
 * Stores every domain event in the outbox table inside the transaction that produced it, so an
 * accepted submission and its event commit or roll back together, whether Kafka is up or not.
 */
@ApplicationScoped
public class OutboxWriter {

    private final Jsonb jsonb = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    void store(@Observes DomainEvent event) {
        String type = event.getClass().getSimpleName();
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(jsonb.toJson(event)))) {
            data = reader.readObject();
        }
        JsonObject envelope = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("type", type)
                .add("aggregateId", event.aggregateId())
                .add("occurredAt", event.occurredAt().toString())
                .add("data", data)
                .build();
        em.persist(new OutboxEntry(event.stream().topic(), event.aggregateId(), type,
                envelope.toString(), event.occurredAt()));
    }
}

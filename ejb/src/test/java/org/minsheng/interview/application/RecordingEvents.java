package org.minsheng.interview.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.minsheng.shared.events.DomainEvent;

/** Keeps the events fired, in order, as the outbox would receive them. */
final class RecordingEvents implements Event<DomainEvent> {

    final List<DomainEvent> fired = new ArrayList<>();

    @Override
    public void fire(DomainEvent event) {
        fired.add(event);
    }

    /** The events of one type, in the order they were fired. */
    <T extends DomainEvent> List<T> of(Class<T> type) {
        return fired.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("the services fire synchronously");
    }

    @Override
    public <U extends DomainEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("the services fire synchronously");
    }

    @Override
    public Event<DomainEvent> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("the services fire unqualified events");
    }

    @Override
    public <U extends DomainEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("the services fire unqualified events");
    }

    @Override
    public <U extends DomainEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("the services fire unqualified events");
    }
}

package org.minsheng.intake.domain;

import java.time.Instant;
import org.minsheng.shared.events.DomainEvent;
import org.minsheng.shared.events.EventStream;

/** A file was attached to a case; travels on the intake stream, keyed by the case id. */
public record AttachmentAdded(String caseId, String attachmentId, String contentType, long sizeBytes, String sha256,
                              boolean byResident, Instant occurredAt) implements DomainEvent {

    /** The intake-events stream. */
    public static final EventStream STREAM = new EventStream("minsheng.intake-events", 3);

    @Override
    public String aggregateId() {
        return caseId;
    }

    @Override
    public EventStream stream() {
        return STREAM;
    }
}

package org.minsheng.cases.domain;

import java.time.Instant;

/**
 * A case was registered. {@code body}, {@code category} and {@code residentKey} (a pseudonym of
 * the writer: the same resident gives the same key, and the key reveals nothing about them) were
 * added for the digest; envelopes written before carry none of them, and report-mailbox cases
 * never carry them (their content stays with the discipline commission).
 */
public record CaseReceived(String caseId, String trackingNumber, Channel channel, String title, Instant occurredAt,
        String body, String category, String residentKey) implements CaseEvent {

    /** The event of {@code caseFile}, with its content only when it is not a report. */
    public static CaseReceived of(CaseFile caseFile, Instant at) {
        if (caseFile.channel() == Channel.REPORT_MAILBOX) {
            return new CaseReceived(caseFile.id(), caseFile.trackingNumber(), caseFile.channel(), null, at,
                    null, null, null);
        }
        return new CaseReceived(caseFile.id(), caseFile.trackingNumber(), caseFile.channel(),
                caseFile.letter().title(), at, caseFile.letter().body(), caseFile.findings().category(),
                caseFile.resident().pseudonym());
    }
}

package org.minsheng.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.idempotency.IdempotencyRecord.Finding;

class IdempotencyRecordTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String FINGERPRINT = "a".repeat(64);

    private static IdempotencyRecord inProgressUntil(Instant lockedUntil) {
        return new IdempotencyRecord("r1", FINGERPRINT, "owner-1", lockedUntil);
    }

    @Test
    void aDifferentRequestIsAMismatchWhateverTheState() {
        IdempotencyRecord running = inProgressUntil(NOW.plusSeconds(60));
        assertThat(running.assess("b".repeat(64), NOW)).isEqualTo(Finding.MISMATCH);
        running.complete(new StoredResponse(201, "application/json", "api/cases/X", new byte[] {1}));
        assertThat(running.assess("b".repeat(64), NOW)).isEqualTo(Finding.MISMATCH);
        assertThat(inProgressUntil(NOW.minusSeconds(1)).assess("b".repeat(64), NOW)).isEqualTo(Finding.MISMATCH);
    }

    @Test
    void theSameRequestWaitsWhileTheLeaseRunsAndMayTakeOverAfterIt() {
        assertThat(inProgressUntil(NOW.plusMillis(1)).assess(FINGERPRINT, NOW)).isEqualTo(Finding.IN_PROGRESS);
        assertThat(inProgressUntil(NOW).assess(FINGERPRINT, NOW)).isEqualTo(Finding.ABANDONED);
        assertThat(inProgressUntil(NOW.minusSeconds(5)).assess(FINGERPRINT, NOW)).isEqualTo(Finding.ABANDONED);
    }

    @Test
    void anAnsweredRequestIsReplayedWithItsStatusTypeLocationAndBody() {
        IdempotencyRecord record = inProgressUntil(NOW.plusSeconds(60));
        byte[] body = "{\"trackingNumber\":\"MS20261207-00001\"}".getBytes(StandardCharsets.UTF_8);
        record.complete(new StoredResponse(201, "application/json", "api/cases/MS20261207-00001", body));
        body[0] = 'x';

        assertThat(record.assess(FINGERPRINT, NOW.plusSeconds(3600))).as("answered: the lease no longer matters")
                .isEqualTo(Finding.ANSWERED);
        StoredResponse replay = record.response();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.contentType()).isEqualTo("application/json");
        assertThat(replay.location()).isEqualTo("api/cases/MS20261207-00001");
        assertThat(new String(replay.body(), StandardCharsets.UTF_8))
                .as("the stored copy, not the caller's array").isEqualTo("{\"trackingNumber\":\"MS20261207-00001\"}");
        assertThat(record.state()).isEqualTo(IdempotencyRecord.State.COMPLETED);
    }

    @Test
    void anAnswerWithoutBodyIsStoredAsEmpty() {
        assertThat(new StoredResponse(204, null, null, null).body()).isEmpty();
    }
}

package org.minsheng.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final AuditFields RECORD = new AuditFields(51, Instant.parse("2026-12-07T08:30:00.123456789Z"),
            "zjj", "case.sign", "case", "c-1", "签收", false);

    @Test
    void theCanonicalFormIsLengthPrefixedUtf8FieldsInAFixedOrder() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String field : new String[] {"minsheng-audit-v1", AuditHash.GENESIS, "1", "51",
                "2026-12-07T08:30:00.123456Z", "zjj", "case.sign", "case", "c-1", "签收", "false"}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            expected.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            expected.writeBytes(bytes);
        }
        assertThat(AuditHash.canonical(AuditHash.GENESIS, 1, RECORD)).isEqualTo(expected.toByteArray());
    }

    @Test
    void theHashIsSha256OfTheCanonicalFormInLowerCaseHex() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(AuditHash.canonical(AuditHash.GENESIS, 1, RECORD)));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, RECORD)).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void aNullDetailIsLengthMinusOneAndDiffersFromAnEmptyOne() {
        AuditFields none = new AuditFields(1, RECORD.occurredAt(), "a", "b", "c", "d", null, false);
        AuditFields empty = new AuditFields(1, RECORD.occurredAt(), "a", "b", "c", "d", "", false);
        byte[] form = AuditHash.canonical(AuditHash.GENESIS, 1, none);
        // detail (-1, no bytes) then "false" (length 5).
        byte[] tail = ByteBuffer.allocate(13).putInt(-1).putInt(5).put("false".getBytes(StandardCharsets.UTF_8)).array();
        assertThat(java.util.Arrays.copyOfRange(form, form.length - 13, form.length)).isEqualTo(tail);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, none)).isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, empty));
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        AuditFields a = new AuditFields(1, RECORD.occurredAt(), "ab", "c", "t", "i", null, false);
        AuditFields b = new AuditFields(1, RECORD.occurredAt(), "a", "bc", "t", "i", null, false);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, a)).isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, b));
    }

    @Test
    void timesAreUtcWithSixFractionalDigitsWhateverTheirPrecision() {
        assertThat(AuditHash.time(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-01T00:00:00.000000Z");
        assertThat(AuditHash.time(Instant.parse("2026-06-30T23:59:59.5Z"))).isEqualTo("2026-06-30T23:59:59.500000Z");
    }

    @Test
    void everyFieldAndThePlaceInTheChainChangeTheHash() {
        String base = AuditHash.of(AuditHash.GENESIS, 1, RECORD);
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, RECORD)).isNotEqualTo(base);
        assertThat(AuditHash.of("1".repeat(64), 1, RECORD)).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, new AuditFields(51, RECORD.occurredAt(), "zjj", "case.sign",
                "case", "c-1", "签收", true))).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, new AuditFields(51, RECORD.occurredAt().plusNanos(1000), "zjj",
                "case.sign", "case", "c-1", "签收", false))).isNotEqualTo(base);
    }
}

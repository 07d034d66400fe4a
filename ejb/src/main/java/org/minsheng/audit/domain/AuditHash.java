package org.minsheng.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain's one definition, used by the server, the migration that chained the first
 * records and the verifying command. A record's hash is SHA-256 over its canonical form:
 *
 * <pre>
 *   field("minsheng-audit-v1") field(previous hash) field(seq) field(id) field(occurred at)
 *   field(actor) field(action) field(subject type) field(subject id) field(detail) field(confidential)
 * </pre>
 *
 * where {@code field(s)} is the length of s's UTF-8 bytes as a 4-byte big-endian signed integer
 * followed by those bytes, and a null is the length -1 with no bytes (so null and "" differ, and
 * no value can run into the next). Numbers are decimal; the time is ISO-8601 in UTC with exactly
 * six fractional digits ({@code 2026-12-07T08:30:00.123456Z}, the precision the database keeps);
 * confidential is {@code true} or {@code false}; hashes are 64 lower-case hex digits, and the
 * first record's previous hash is {@link #GENESIS}.
 */
public final class AuditHash {

    /** The previous hash of the first record of the chain. */
    public static final String GENESIS = "0".repeat(64);
    /** Names the canonical form, so that a future form can never produce the same bytes. */
    static final String FORM = "minsheng-audit-v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** The bytes that are hashed for a record linked after {@code previousHash}. */
    public static byte[] canonical(String previousHash, long seq, AuditFields record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORM);
        field(out, previousHash);
        field(out, Long.toString(seq));
        field(out, Long.toString(record.id()));
        field(out, time(record.occurredAt()));
        field(out, record.actor());
        field(out, record.action());
        field(out, record.subjectType());
        field(out, record.subjectId());
        field(out, record.detail());
        field(out, Boolean.toString(record.confidential()));
        return out.toByteArray();
    }

    /** The record's hash, in lower-case hex. */
    public static String of(String previousHash, long seq, AuditFields record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(previousHash, seq, record)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The canonical time: UTC, microseconds. */
    public static String time(Instant at) {
        return TIME.format(at);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            writeInt(out, -1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}

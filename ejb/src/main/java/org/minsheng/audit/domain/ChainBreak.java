package org.minsheng.audit.domain;

/**
 * The first place where the stored chain differs from the one recomputed from the records.
 *
 * @param recordId the record where the walk stopped (null when the chain's end does not match its head)
 * @param seq      its place in the chain (the head's last place for {@link Kind#HEAD})
 * @param kind     what differs
 * @param detail   the expected and found sequence numbers or hashes, no record content
 */
public record ChainBreak(Long recordId, long seq, Kind kind, String detail) {

    public enum Kind {
        /** The sequence skips or repeats a number: a record was deleted, inserted or moved. */
        SEQUENCE,
        /** The previous-hash link does not match the record before: records were removed or reordered. */
        LINK,
        /** The stored hash does not match the record's fields: a field was changed. */
        HASH,
        /** The chain ends elsewhere than its head says: records at the end were deleted or added. */
        HEAD
    }

    public String describe() {
        String where = recordId == null ? "chain head (seq " + seq + ")" : "record " + recordId + " (seq " + seq + ")";
        String what = switch (kind) {
            case SEQUENCE -> "sequence number out of order — a record was deleted, inserted or moved";
            case LINK -> "previous-hash link broken — records were removed or reordered";
            case HASH -> "stored hash does not match its fields — the record was changed";
            case HEAD -> "the chain does not end where its head says — records at the end were deleted or added";
        };
        return where + ": " + what + " (" + detail + ")";
    }
}

package org.minsheng.audit.domain;

import java.util.Objects;

/**
 * Walks a chain in sequence order and stops at the first link that does not hold. Feed it every
 * sealed record by ascending seq, then {@link #finish} with the chain head.
 */
public final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = AuditHash.GENESIS;
    private long verified;
    private ChainBreak broken;

    /** Checks the next link; false once the chain is broken (further links are ignored). */
    public boolean accept(ChainLink link) {
        if (broken != null) {
            return false;
        }
        long id = link.fields().id();
        if (link.seq() != expectedSeq) {
            broken = new ChainBreak(id, link.seq(), ChainBreak.Kind.SEQUENCE,
                    "expected seq " + expectedSeq + ", found " + link.seq());
        } else if (!previousHash.equals(link.previousHash())) {
            broken = new ChainBreak(id, link.seq(), ChainBreak.Kind.LINK,
                    "expected previous hash " + previousHash + ", found " + link.previousHash());
        } else {
            String computed = AuditHash.of(link.previousHash(), link.seq(), link.fields());
            if (!computed.equals(link.hash())) {
                broken = new ChainBreak(id, link.seq(), ChainBreak.Kind.HASH,
                        "computed " + computed + ", stored " + link.hash());
            }
        }
        if (broken != null) {
            return false;
        }
        verified++;
        expectedSeq++;
        previousHash = link.hash();
        return true;
    }

    /** The outcome, checking that the chain ends at its head ({@code headSeq} 0 for an empty chain). */
    public ChainReport finish(long headSeq, String headHash, long pending) {
        if (broken == null && (verified != headSeq || !Objects.equals(previousHash, headHash))) {
            broken = new ChainBreak(null, headSeq, ChainBreak.Kind.HEAD,
                    "head: seq " + headSeq + " hash " + headHash + "; chain: seq " + verified + " hash " + previousHash);
        }
        return new ChainReport(verified, pending, broken == null, headSeq, headHash, broken);
    }
}

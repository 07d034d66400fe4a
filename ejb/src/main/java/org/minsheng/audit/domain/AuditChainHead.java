package org.minsheng.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the hash chain: the last sealed place and its hash. One row; whoever seals holds its
 * row lock, so the chain grows in one line even with several nodes.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** A head at the given end (the migration makes the one row; tests make their own). */
    public AuditChainHead(long lastSeq, String lastHash) {
        this.id = ID;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** Links a committed record after the last one. */
    public void append(AuditRecord record) {
        record.seal(lastSeq + 1, lastHash);
        lastSeq = record.seq();
        lastHash = record.hash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}

package org.minsheng.audit.domain;

/** A sealed record as stored: its fields, its place in the chain and the two hashes. */
public record ChainLink(long seq, AuditFields fields, String previousHash, String hash) {
}

package org.minsheng.audit.api;

/**
 * The outcome of walking the audit hash chain.
 *
 * @param verified       records whose links held, from the first
 * @param pending        records written but not sealed into the chain yet
 * @param intact         no break found
 * @param headSeq        the chain head's last sequence number
 * @param headHash       the chain head's hash
 * @param brokenRecordId the record of the first break (null when intact or when the chain's end is wrong)
 * @param brokenSeq      its place in the chain (null when intact)
 * @param brokenKind     SEQUENCE, LINK, HASH or HEAD (null when intact)
 * @param problem        the first break in words (null when intact)
 */
public record ChainVerification(long verified, long pending, boolean intact, long headSeq, String headHash,
                                Long brokenRecordId, Long brokenSeq, String brokenKind, String problem) {
}

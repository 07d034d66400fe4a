package org.minsheng.audit.domain;

/**
 * What a walk of the chain found.
 *
 * @param verified   records whose links held, from the first
 * @param pending    records written but not sealed yet (they join the chain within seconds)
 * @param intact     no break
 * @param headSeq    the chain head's last sequence number
 * @param headHash   the chain head's hash: noted elsewhere, it proves later that nothing before changed
 * @param firstBreak the first break, or null
 */
public record ChainReport(long verified, long pending, boolean intact, long headSeq, String headHash,
                         ChainBreak firstBreak) {
}

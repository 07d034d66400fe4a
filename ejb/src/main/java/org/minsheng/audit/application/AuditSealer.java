package org.minsheng.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.minsheng.audit.domain.AuditChainHead;
import org.minsheng.audit.domain.AuditRecord;
import org.minsheng.audit.domain.AuditRecords;

/**
 * Links committed audit records into the hash chain, oldest id first, under the chain head's row
 * lock: one sealer at a time across the cluster, the others skip their turn. A record that commits
 * late (an earlier id from a longer transaction, or from the other node's id block) simply gets a
 * later place; the chain's order is the sealing order, kept in {@code seq}.
 */
@Stateless
public class AuditSealer {

    static final int BATCH = 500;

    @Inject
    AuditRecords records;

    /** Seals one batch; returns how many were sealed (0 also when another node holds the head). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        Optional<AuditChainHead> head = records.lockHeadUnlessBusy();
        if (head.isEmpty()) {
            return 0;
        }
        List<AuditRecord> unsealed = records.unsealed(BATCH);
        unsealed.forEach(head.get()::append);
        return unsealed.size();
    }
}

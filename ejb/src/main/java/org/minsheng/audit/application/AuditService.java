package org.minsheng.audit.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.minsheng.audit.api.AuditEntry;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.audit.api.ConfidentialSubjects;
import org.minsheng.audit.domain.AuditRecord;
import org.minsheng.audit.domain.AuditRecords;

/**
 * Writes audit records in the caller's transaction. It only inserts: the records are linked into
 * the hash chain by {@link AuditSealer} after they commit, so auditing never makes concurrent
 * transactions wait for each other.
 */
@Stateless
@LocalBean
@Local(AuditTrail.class)
public class AuditService implements AuditTrail {

    @Inject
    Clock clock;

    @Inject
    AuditRecords records;

    @Inject
    @Any
    Instance<ConfidentialSubjects> confidentialSubjects;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        String shortDetail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        boolean confidential = confidentialSubjects.stream().anyMatch(c -> c.isConfidential(subjectType, subjectId));
        records.add(new AuditRecord(Instant.now(clock), actor, action, subjectType, subjectId, shortDetail,
                confidential));
    }

    @Override
    public List<AuditEntry> of(String subjectType, String subjectId) {
        return records.of(subjectType, subjectId).stream()
                .map(a -> new AuditEntry(a.occurredAt(), a.actor(), a.action(), a.subjectType(), a.subjectId(), a.detail()))
                .toList();
    }
}

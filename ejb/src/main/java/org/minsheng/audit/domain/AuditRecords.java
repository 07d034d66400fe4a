package org.minsheng.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored audit trail. */
public interface AuditRecords {

    void add(AuditRecord record);

    List<AuditRecord> of(String subjectType, String subjectId);

    /** The chain head locked for sealing, or empty when another node is sealing right now. */
    Optional<AuditChainHead> lockHeadUnlessBusy();

    /** Committed records not sealed yet, oldest id first. */
    List<AuditRecord> unsealed(int max);

    /** Records matching the filter, newest first. */
    List<AuditRecord> find(Filter filter, int first, int max);

    long count(Filter filter);

    /**
     * A search: every part optional (null). Times are a half-open range [from, to); action matches
     * as a prefix ({@code case.} finds every case step); the others match exactly.
     */
    record Filter(Instant from, Instant to, String actor, String action, String subjectType, String subjectId,
                  boolean includeConfidential) {
    }
}

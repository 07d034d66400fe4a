package org.minsheng.audit.api;

import java.util.List;

/** Records state changes; must be called inside the transaction that makes the change. */
public interface AuditTrail {

    /** The actor for changes made by residents without an account. */
    String ANONYMOUS = "anonymous";
    /** The actor for changes made by the platform itself (timers, dispatch rules). */
    String SYSTEM = "system";

    void record(String actor, String action, String subjectType, String subjectId, String detail);

    List<AuditEntry> of(String subjectType, String subjectId);
}

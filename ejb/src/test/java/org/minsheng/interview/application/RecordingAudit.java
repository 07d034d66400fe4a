package org.minsheng.interview.application;

import java.util.ArrayList;
import java.util.List;
import org.minsheng.audit.api.AuditEntry;
import org.minsheng.audit.api.AuditTrail;

/** Keeps the audit records made, in order. */
final class RecordingAudit implements AuditTrail {

    record Entry(String actor, String action, String subjectType, String subjectId, String detail) {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        entries.add(new Entry(actor, action, subjectType, subjectId, detail));
    }

    /** The actions recorded, in order. */
    List<String> actions() {
        return entries.stream().map(Entry::action).toList();
    }

    @Override
    public List<AuditEntry> of(String subjectType, String subjectId) {
        throw new UnsupportedOperationException("the services only record");
    }
}

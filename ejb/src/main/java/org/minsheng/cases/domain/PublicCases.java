package org.minsheng.cases.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Reads the cases whose residents asked for publication, for other systems (Open311). */
public interface PublicCases {

    /**
     * Cases with publication requested, not of the report mailbox, in {@code statuses}, of
     * {@code category} when not null, received in [{@code start}, {@code end}) (null: open-ended),
     * newest first.
     */
    List<CaseFile> recent(String category, Collection<CaseStatus> statuses, Instant start, Instant end, int max);
}

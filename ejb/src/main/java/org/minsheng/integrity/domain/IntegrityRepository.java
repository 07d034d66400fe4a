package org.minsheng.integrity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Watched pages, checks and alerts. */
public interface IntegrityRepository {

    Optional<WatchedPage> page(PageKind kind, String reference);

    Optional<WatchedPage> page(long id);

    void add(WatchedPage page);

    /** Pages currently under watch, oldest registration first. */
    List<WatchedPage> watched();

    void add(IntegrityCheck check);

    void add(IntegrityAlert alert);

    List<IntegrityCheck> latestChecks(int limit);

    List<IntegrityAlert> latestAlerts(int limit);

    /**
     * Claims the next scheduled run for this node: true, and the next run moved to
     * {@code now + interval}, when it was due; false when another node has it.
     */
    boolean claimScheduledRun(Instant now, Duration interval);
}

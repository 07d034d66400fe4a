package org.minsheng.integrity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Watched pages, checks and alerts. */
public interface IntegrityRepository {

    /**
     * A page, locked until the transaction ends: checks running together on several nodes, and an
     * approval meanwhile, take their turns instead of failing on each other's update.
     */
    Optional<WatchedPage> page(PageKind kind, String reference);

    /** The hash approved for a page under watch, read without a lock (public pages show it). */
    Optional<String> expectedHash(PageKind kind, String reference);

    /** A page by id, locked like {@link #page(PageKind, String)}. */
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

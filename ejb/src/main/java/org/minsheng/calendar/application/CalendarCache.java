package org.minsheng.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.minsheng.calendar.domain.CalendarChanged;
import org.minsheng.calendar.domain.CalendarRepository;
import org.minsheng.calendar.domain.WorkingCalendar;

/**
 * The calendar built from the {@code calendar_day} table, shared by every request. An edit on this
 * node drops it as soon as the edit commits; other nodes of a cluster do not hear of the edit and
 * pick it up when their copy is older than {@link #TTL}.
 */
@ApplicationScoped
public class CalendarCache {

    /** How stale another node's copy may get after an edit. */
    static final Duration TTL = Duration.ofSeconds(60);

    /** A built calendar and when it was read; a new instance per invalidation, compared by identity. */
    private record Snapshot(WorkingCalendar calendar, Instant loadedAt) {

        static Snapshot none() {
            return new Snapshot(null, Instant.MIN);
        }

        boolean freshAt(Instant now) {
            return calendar != null && now.isBefore(loadedAt.plus(TTL));
        }
    }

    @Inject
    Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.none());

    @Inject
    CalendarRepository repository;

    public CalendarCache() {
    }

    CalendarCache(Clock clock) {
        this.clock = clock;
    }

    public WorkingCalendar current() {
        Instant now = clock.instant();
        Snapshot seen = snapshot.get();
        if (seen.freshAt(now)) {
            return seen.calendar();
        }
        Snapshot loaded = new Snapshot(WorkingCalendar.of(repository.all()), now);
        // If an edit committed while we read, its invalidation replaced `seen`: keep that, not our read.
        snapshot.compareAndSet(seen, loaded);
        return loaded.calendar();
    }

    void invalidate() {
        snapshot.set(Snapshot.none());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        invalidate();
    }
}

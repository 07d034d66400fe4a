package org.minsheng.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minsheng.calendar.domain.CalendarDay;
import org.minsheng.calendar.domain.DayKind;
import org.minsheng.testing.MutableClock;

class CalendarCacheTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final InMemoryCalendarRepository table = new InMemoryCalendarRepository();
    private final CalendarCache cache = new CalendarCache(clock);

    CalendarCacheTest() {
        cache.repository = table;
    }

    @Test
    void readsTheTableOnceWhileFresh() {
        cache.current();
        clock.advance(CalendarCache.TTL.minusSeconds(1));
        cache.current();
        assertThat(table.fullReads).isEqualTo(1);
    }

    @Test
    void anotherNodesEditShowsAfterTheTimeToLive() {
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).isTrue();
        table.add(new CalendarDay(WEDNESDAY, DayKind.HOLIDAY, "停电检修"));
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).as("still the cached copy").isTrue();
        clock.advance(CalendarCache.TTL);
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).isFalse();
        assertThat(table.fullReads).isEqualTo(2);
    }

    @Test
    void anEditOnThisNodeShowsAtOnce() {
        cache.current();
        table.add(new CalendarDay(WEDNESDAY, DayKind.HOLIDAY, "停电检修"));
        cache.invalidate();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).isFalse();
    }
}

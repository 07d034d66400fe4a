package org.minsheng.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.minsheng.calendar.domain.CalendarDay;
import org.minsheng.calendar.domain.DayKind;

class CalendarCacheTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private final ManualClock clock = new ManualClock();
    private final InMemoryCalendarRepository table = new InMemoryCalendarRepository();
    private final CalendarCache cache = new CalendarCache(clock);

    CalendarCacheTest() {
        cache.repository = table;
    }

    @Test
    void readsTheTableOnceWhileFresh() {
        cache.current();
        clock.now = clock.now.plus(CalendarCache.TTL).minusSeconds(1);
        cache.current();
        assertThat(table.fullReads).isEqualTo(1);
    }

    @Test
    void anotherNodesEditShowsAfterTheTimeToLive() {
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).isTrue();
        table.add(new CalendarDay(WEDNESDAY, DayKind.HOLIDAY, "停电检修"));
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).as("still the cached copy").isTrue();
        clock.now = clock.now.plus(CalendarCache.TTL);
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).isFalse();
        assertThat(table.fullReads).isEqualTo(2);
    }

    @Test
    void anEditOnThisNodeShowsAtOnce() {
        cache.current();
        table.add(new CalendarDay(WEDNESDAY, DayKind.HOLIDAY, "停电检修"));
        cache.invalidate();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(cache.current().isWorkingDay(WEDNESDAY)).isFalse();
    }
}
